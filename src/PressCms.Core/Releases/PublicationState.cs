namespace PressCms.Core.Releases;

public enum PublicationState
{
    NotPublished,
    Embargoed,
    Live,
    Ended,
    Withdrawn,
}
