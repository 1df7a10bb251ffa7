using System.Xml.Linq;
using PressCms.Core.Releases;
using PressCms.Rendering.Feeds;
using PressCms.Rendering.Liquid;

namespace PressCms.UnitTests.Rendering.Feeds;

/// <summary>Builds a feed of releases and parses what ReleaseFeeds wrote, as a reader would.</summary>
internal static class FeedDocuments
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public static FeedView Feed(params Release[] releases)
    {
        var settings = Legatum.Settings();
        var site = SiteView.From(settings, Legatum.BaseUrl);
        var items = releases.Select(r => ReleaseView.From(r, Legatum.Live(r), Legatum.Names(), settings, Legatum.BaseUrl, media: Legatum.Media())).ToArray();
        return new FeedView(site, site.Name, site.RssUrl, site.BaseUrl + "/", items, Legatum.PublishedUtc.AddDays(-30));
    }

    public static XDocument Rss(params Release[] releases) => XDocument.Parse(new ReleaseFeeds().Rss(Feed(releases)));

    public static XDocument AtomFeed(params Release[] releases) =>
        XDocument.Parse(new ReleaseFeeds().Atom(Feed(releases) with { SelfUrl = Legatum.BaseUrl + SiteView.AtomPath }));
}
