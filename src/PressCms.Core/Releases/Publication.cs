namespace PressCms.Core.Releases;

/// <summary>Visibility is derived from stored decisions and the clock, never stamped by a background job.</summary>
public static class Publication
{
    /// <param name="publishAtUtc">Set exactly while the release has a live (or scheduled) revision.</param>
    public static PublicationState StateAt(ReleaseStatus status, DateTime? publishAtUtc, DateTime? unpublishAtUtc, DateTime nowUtc)
    {
        if (status == ReleaseStatus.Withdrawn)
        {
            return PublicationState.Withdrawn;
        }
        if (publishAtUtc is null)
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
