namespace PressCms.IntegrationTests.Feeds;

/// <summary>One feed of each topic on a site set up from the newsroom recipe, and one combining two facets.</summary>
internal static class FeedPaths
{
    /// <summary>Single topics, without their extension.</summary>
    public static readonly string[] All =
    [
        "/feeds/releases",
        "/feeds/categories/child-protection",
        "/feeds/operations/operation-legatum",
        "/feeds/units/ocsae",
        "/feeds/areas/westminster",
        "/feeds/kinds/operation-update",
    ];

    /// <summary>Child protection in London: Legatum alone.</summary>
    public const string CombinedQuery = "?category=child-protection&area=london";

    /// <summary>Every feed above in one format, the combined one included.</summary>
    public static IEnumerable<string> In(string format) =>
        All.Select(p => $"{p}.{format}").Append($"/feeds/releases.{format}{CombinedQuery}");
}
