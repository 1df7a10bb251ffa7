namespace PressCms.Core.Releases;

/// <summary>A note in a release's review thread: a free comment, or the words that went with a decision.</summary>
public sealed class ReviewComment
{
    private ReviewComment()
    {
    }

    public long Id { get; private set; }
    public string ReleaseId { get; private set; } = "";
    public int RevisionNumber { get; private set; }
    public string Author { get; private set; } = "";
    /// <summary>"comment", or the decision it explains: "request-changes", "approve", "withdraw", "emergency-publish".</summary>
    public string Kind { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    internal static ReviewComment Write(Release release, string author, string kind, string text, DateTime nowUtc) => new()
    {
        ReleaseId = release.Id,
        RevisionNumber = release.LatestRevisionNumber,
        Author = author,
        Kind = kind,
        Text = text.Trim(),
        AtUtc = nowUtc,
    };
}
