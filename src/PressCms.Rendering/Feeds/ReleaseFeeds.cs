using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using PressCms.Rendering.Liquid;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// RSS 2.0 and Atom 1.0 documents of releases, with full HTML content. Entry ids are tag URIs
/// (<see cref="FeedIds"/>), never permalinks. Stateless and thread-safe.
/// </summary>
public sealed class ReleaseFeeds
{
    public const string RssContentType = "application/rss+xml; charset=utf-8";
    public const string AtomContentType = "application/atom+xml; charset=utf-8";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
    };

    public string Rss(FeedView feed)
    {
        var syndication = Build(feed, FeedFormat.Rss);
        // The formatter writes a zero offset as "Z", which RSS validators reject; dates go in as text.
        syndication.ElementExtensions.Add("lastBuildDate", "", Rfc822(LastUpdated(feed)));
        return Write(new Rss20FeedFormatter(syndication, serializeExtensionsAsAtom: true));
    }

    public string Atom(FeedView feed) => Write(new Atom10FeedFormatter(Build(feed, FeedFormat.Atom)));

    public byte[] RssUtf8(FeedView feed) => Encoding.UTF8.GetBytes(Rss(feed));

    public byte[] AtomUtf8(FeedView feed) => Encoding.UTF8.GetBytes(Atom(feed));

    /// <summary>RFC 822 with a four-digit year and a numeric offset: "Tue, 26 May 2020 09:00:00 +0000".</summary>
    public static string Rfc822(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    internal static DateTime LastUpdated(FeedView feed)
    {
        var newest = feed.UpdatedUtc;
        foreach (var item in feed.Items)
        {
            if (item.UpdatedUtc > newest)
            {
                newest = item.UpdatedUtc;
            }
        }
        return newest;
    }

    private static SyndicationFeed Build(FeedView feed, FeedFormat format)
    {
        var site = feed.Site;
        var description = feed.Description.Length > 0 ? feed.Description : $"Press releases from {site.Name}";
        var syndication = new SyndicationFeed(feed.Title, description, new Uri(feed.AlternateUrl))
        {
            Language = site.Culture,
            Generator = "PressCms",
        };
        syndication.Links.Add(new SyndicationLink(new Uri(feed.SelfUrl), "self", feed.Title,
            format == FeedFormat.Rss ? "application/rss+xml" : "application/atom+xml", 0));
        if (format == FeedFormat.Atom)
        {
            // Atom requires an author on the feed when entries carry none.
            // The self URL is the feed's id: stable as long as the feed keeps its address.
            syndication.Id = feed.SelfUrl;
            syndication.Authors.Add(new SyndicationPerson(null, site.Name, site.BaseUrl));
            syndication.LastUpdatedTime = new DateTimeOffset(DateTime.SpecifyKind(LastUpdated(feed), DateTimeKind.Utc));
        }
        var items = new List<SyndicationItem>(feed.Items.Count);
        foreach (var release in feed.Items)
        {
            items.Add(FeedEntry.Create(release, site.BaseUrl, format));
        }
        syndication.Items = items;
        return syndication;
    }

    private static string Write(SyndicationFeedFormatter formatter)
    {
        using var buffer = new MemoryStream(64 * 1024);
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            formatter.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
