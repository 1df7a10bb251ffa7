namespace PressCms.Rendering.Feeds;

/// <summary>
/// A release that left the feed after being public, as an RFC 6721 at:deleted-entry: its entry id
/// (the one readers already hold), when it came down and a fixed comment, never its headline or
/// the reason (a withdrawal may be because the words themselves did harm).
/// </summary>
public sealed record FeedTombstone(string FeedId, DateTime RemovedUtc, string Comment)
{
    public const string Withdrawn = "Withdrawn by the press office";
    public const string Ended = "Taken down at the time the press office set";
}
