namespace PressCms.Rendering.Liquid;

/// <summary>What the layout needs about the page it wraps: its title, description and canonical URL.</summary>
public sealed record PageView(string Title, string Description, string? CanonicalUrl, string Template)
{
    /// <summary>The 1200×630 card link previews show, with its text alternative; null when the page has no image.</summary>
    public string? ImageUrl { get; init; }
    public string? ImageAlt { get; init; }

    /// <summary>The feeds of what this page lists, beyond the site-wide feed, for autodiscovery links.</summary>
    public IReadOnlyList<FeedLinkView> Feeds { get; init; } = [];
}
