namespace PressCms.Core.Releases;

/// <summary>Visibility is derived from stored decisions and the clock, never stamped by a background job.</summary>
public static class Publication
{
    public static PublicationState StateAt(ReleaseStatus status, DateTime? publishAtUtc, DateTime? unpublishAtUtc, DateTime nowUtc)
    {
        if (status != ReleaseStatus.Published || publishAtUtc is null)
        {
            return PublicationState.NotPublished;
        }
        if (nowUtc < publishAtUtc.Value)
        {
            return PublicationState.Embargoed;
        }
        return unpublishAtUtc is { } end && nowUtc >= end ? PublicationState.Ended : PublicationState.Live;
    }
}
