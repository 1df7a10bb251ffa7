namespace PressCms.Rendering.Liquid;

/// <summary>One feed in its three formats, absolute URLs: for autodiscovery links and the /feeds page.</summary>
public sealed record FeedLinkView(string Title, string RssUrl, string AtomUrl, string JsonUrl)
{
    public static FeedLinkView For(string title, string origin, string path) =>
        new(title, origin + path + ".rss", origin + path + ".atom", origin + path + ".json");
}
