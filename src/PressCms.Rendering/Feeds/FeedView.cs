using PressCms.Rendering.Liquid;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// One feed: the newest releases of the site or of one operation, category, unit, area or kind,
/// or one RFC 5005 archive page of them. SelfUrl is the absolute URL the feed was fetched from;
/// AlternateUrl the page it mirrors. UpdatedUtc is raised to the newest entry's update if it is
/// older, so readers never miss one.
/// </summary>
public sealed record FeedView(
    SiteView Site,
    string Title,
    string SelfUrl,
    string AlternateUrl,
    IReadOnlyList<ReleaseView> Items,
    DateTime UpdatedUtc)
{
    public string Description { get; init; } = "";

    /// <summary>The WebSub hub readers may subscribe at; null when the site has none.</summary>
    public string? HubUrl { get; init; }

    /// <summary>RFC 5005: the newest full archive page older than this document.</summary>
    public string? PrevArchiveUrl { get; init; }

    /// <summary>RFC 5005, on archive pages only: the next newer archive page.</summary>
    public string? NextArchiveUrl { get; init; }

    /// <summary>RFC 5005, on archive pages only: the live feed the archive belongs to.</summary>
    public string? CurrentUrl { get; init; }

    public bool IsArchive => CurrentUrl is not null;

    /// <summary>Withdrawn releases, written as at:deleted-entry in Atom; the other formats just leave them out.</summary>
    public IReadOnlyList<FeedTombstone> Tombstones { get; init; } = [];
}
