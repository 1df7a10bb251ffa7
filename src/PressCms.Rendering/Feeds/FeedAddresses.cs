using PressCms.Core.Taxonomy;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// Where each topic's feeds live, in one place: "/feeds/releases.rss" for everything,
/// "/feeds/areas/london.rss" for one facet, and "/feeds/releases.rss?category=child-protection&amp;area=london"
/// for several, the facets in <see cref="Topic.Facets"/> order. Slugs need no escaping.
/// </summary>
public static class FeedAddresses
{
    public const string Root = "/feeds";
    public const string AllName = "releases";

    public static readonly IReadOnlyList<string> Formats = ["rss", "atom", "json"];

    /// <summary>The address without its extension or query: "/feeds/releases", "/feeds/areas/london".</summary>
    public static string Path(Topic topic) =>
        topic.Parts is [var only] ? $"{Root}/{Plural(only.Facet)}/{only.Slug}" : $"{Root}/{AllName}";

    /// <summary>"?category=child-protection&amp;area=london" for a topic of several facets, otherwise empty.</summary>
    public static string Query(Topic topic) =>
        topic.Parts.Count > 1 ? "?" + string.Join('&', topic.Parts.Select(p => $"{p.Facet}={p.Slug}")) : "";

    public static string Feed(Topic topic, string format) => $"{Path(topic)}.{format}{Query(topic)}";

    public static string Archive(Topic topic, string format, int page) => $"{Path(topic)}/archive/{page}.{format}{Query(topic)}";

    /// <summary>The email-alert sign-up for the same releases.</summary>
    public static string Alerts(Topic topic) => "/alerts/subscribe?topic=" + Uri.EscapeDataString(topic.Key);

    /// <summary>The word a facet has in feed paths: "category" is "categories".</summary>
    public static string Plural(string facet) => facet switch
    {
        TopicFacets.Category => "categories",
        _ => facet + "s",
    };

    /// <summary>The facet a feed path word names, or null: "areas" is "area".</summary>
    public static string? FacetOf(string plural) => Topic.Facets.FirstOrDefault(f => Plural(f) == plural);
}
