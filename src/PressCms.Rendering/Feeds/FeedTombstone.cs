namespace PressCms.Rendering.Feeds;

/// <summary>
/// A withdrawn release as an RFC 6721 at:deleted-entry: its entry id and when it was withdrawn,
/// never its headline or the reason (the withdrawal may be because the words themselves did harm).
/// </summary>
public sealed record FeedTombstone(string FeedId, DateTime WithdrawnUtc);
