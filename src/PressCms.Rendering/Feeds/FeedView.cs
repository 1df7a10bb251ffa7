using PressCms.Rendering.Liquid;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// One feed: the newest releases of the site or of one operation, category, unit or area.
/// SelfUrl is the absolute URL the feed was fetched from; AlternateUrl the page it mirrors.
/// UpdatedUtc is raised to the newest entry's update if it is older, so readers never miss one.
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
}
