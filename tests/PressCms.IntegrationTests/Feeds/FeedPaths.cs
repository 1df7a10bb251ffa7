namespace PressCms.IntegrationTests.Feeds;

/// <summary>One feed of each topic on a site set up from the newsroom recipe, without its extension.</summary>
internal static class FeedPaths
{
    public static readonly string[] All =
    [
        "/feeds/releases",
        "/feeds/categories/child-protection",
        "/feeds/operations/operation-legatum",
        "/feeds/units/ocsae",
        "/feeds/areas/westminster",
        "/feeds/kinds/operation-update",
    ];
}
