namespace PressCms.Core.Workflow;

/// <summary>
/// Where a release stands. A release can be in two stages at once: its live (or scheduled)
/// revision, and a newer revision going through review, e.g. Live and Draft.
/// </summary>
public enum ReleaseStage
{
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Scheduled,
    Live,
    /// <summary>Was live and came down at its scheduled end; publishing again puts it back up.</summary>
    Ended,
    Withdrawn,
    AwaitingRetrospectiveApproval,
}
