namespace PressCms.Rendering.Liquid;

/// <summary>One feed in its three formats, absolute URLs, and where to get the same releases by email.</summary>
public sealed record FeedLinkView(string Title, string RssUrl, string AtomUrl, string JsonUrl)
{
    /// <summary>The email-alert sign-up for the same topic: "/alerts/subscribe?topic=category:knife-crime".</summary>
    public string AlertUrl { get; init; } = "/alerts/subscribe?topic=all";

    public static FeedLinkView For(string title, string origin, string path) =>
        new(title, origin + path + ".rss", origin + path + ".atom", origin + path + ".json") { AlertUrl = origin + AlertPath(path) };

    // "/feeds/categories/knife-crime" follows the alert topic "category:knife-crime"; "/feeds/releases" is "all".
    private static string AlertPath(string feedPath)
    {
        var parts = feedPath.Trim('/').Split('/');
        var topic = parts is [_, var plural, var slug]
            ? plural switch
            {
                "categories" => "category",
                "operations" => "operation",
                "units" => "unit",
                "areas" => "area",
                _ => "kind",
            } + ":" + slug
            : "all";
        return "/alerts/subscribe?topic=" + Uri.EscapeDataString(topic);
    }
}
