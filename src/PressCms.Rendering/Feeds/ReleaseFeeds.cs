using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents of releases, with full HTML content, the structured
/// facts in <see cref="FeedFacts"/>'s namespace, RFC 5005 archive links, RFC 6721 tombstones (Atom)
/// and WebSub hub links. Entry ids are tag URIs (<see cref="FeedIds"/>), never permalinks.
/// Stateless and thread-safe.
/// </summary>
public sealed class ReleaseFeeds
{
    public const string RssContentType = "application/rss+xml; charset=utf-8";
    public const string AtomContentType = "application/atom+xml; charset=utf-8";
    public const string JsonContentType = "application/feed+json; charset=utf-8";

    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string ArchiveNamespace = "http://purl.org/syndication/history/1.0";
    private const string TombstoneNamespace = "http://purl.org/atompub/tombstones/1.0";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
    };

    public string Rss(FeedView feed)
    {
        using var buffer = Write(RssFormatter(feed));
        return AsString(buffer);
    }

    public string Atom(FeedView feed)
    {
        using var buffer = Write(AtomFormatter(feed));
        return AsString(buffer);
    }

    /// <summary>The RSS document as UTF-8 bytes, ready for a response body or the output cache.</summary>
    public byte[] RssUtf8(FeedView feed)
    {
        using var buffer = Write(RssFormatter(feed));
        return buffer.ToArray();
    }

    /// <summary>The Atom document as UTF-8 bytes, ready for a response body or the output cache.</summary>
    public byte[] AtomUtf8(FeedView feed)
    {
        using var buffer = Write(AtomFormatter(feed));
        return buffer.ToArray();
    }

    /// <summary>The JSON Feed 1.1 document as UTF-8 bytes, with the facts in each item's "_presscms" object.</summary>
    public byte[] JsonUtf8(FeedView feed) => JsonFeed.Write(feed);

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

    private static ReleaseChannel Build(FeedView feed, FeedFormat format)
    {
        var site = feed.Site;
        var description = feed.Description.Length > 0 ? feed.Description : $"Press releases from {site.Name}";
        // An RSS channel description is HTML to its readers, as an item's is: plain text is encoded first.
        // Its title, which names the newsroom and the topic, is treated as an item's title is (FeedEntry.RssTitle).
        var rss = format == FeedFormat.Rss;
        var syndication = new ReleaseChannel(rss ? FeedEntry.RssTitle(feed.Title) : feed.Title, rss ? HtmlText.Encode(description) : description, new Uri(feed.AlternateUrl))
        {
            Language = site.Culture,
            Generator = "PressCms",
        };
        Declare(syndication, FeedFacts.Prefix, FeedFacts.Namespace);
        Declare(syndication, MediaRss.Prefix, MediaRss.Namespace);
        Declare(syndication, "fh", ArchiveNamespace);
        if (format == FeedFormat.Rss)
        {
            Declare(syndication, "dc", FeedEntry.DublinCore);
            Declare(syndication, "content", FeedEntry.ContentModule);
        }
        var type = format == FeedFormat.Rss ? "application/rss+xml" : "application/atom+xml";
        // WebSub wants exactly one rel="self" beside rel="hub".
        syndication.Links.Add(new SyndicationLink(new Uri(feed.SelfUrl), "self", feed.Title, type, 0));
        AddLink(syndication, "hub", feed.HubUrl, null);
        AddLink(syndication, "prev-archive", feed.PrevArchiveUrl, type);
        AddLink(syndication, "next-archive", feed.NextArchiveUrl, type);
        AddLink(syndication, "current", feed.CurrentUrl, type);
        if (feed.IsArchive)
        {
            syndication.Extensions.Add(new XElement(XName.Get("archive", ArchiveNamespace)));
        }
        if (format == FeedFormat.Atom)
        {
            // Atom requires an author on the feed when entries carry none.
            // The self URL is the feed's id: stable as long as the feed keeps its address.
            syndication.Id = feed.SelfUrl;
            syndication.Authors.Add(new SyndicationPerson(null, site.Name, site.BaseUrl));
            syndication.LastUpdatedTime = new DateTimeOffset(DateTime.SpecifyKind(LastUpdatedWithTombstones(feed), DateTimeKind.Utc));
            Declare(syndication, "at", TombstoneNamespace);
            foreach (var tombstone in feed.Tombstones)
            {
                syndication.Extensions.Add(new XElement(XName.Get("deleted-entry", TombstoneNamespace),
                    new XAttribute("ref", tombstone.FeedId),
                    new XAttribute("when", DateTime.SpecifyKind(tombstone.RemovedUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                    new XElement(XName.Get("comment", TombstoneNamespace), tombstone.Comment)));
            }
        }
        var items = new List<SyndicationItem>(feed.Items.Count);
        foreach (var release in feed.Items)
        {
            items.Add(FeedEntry.Create(release, site, format));
        }
        syndication.Items = items;
        return syndication;
    }

    internal static DateTime LastUpdatedWithTombstones(FeedView feed)
    {
        var newest = LastUpdated(feed);
        foreach (var tombstone in feed.Tombstones)
        {
            if (tombstone.RemovedUtc > newest)
            {
                newest = tombstone.RemovedUtc;
            }
        }
        return newest;
    }

    private static void Declare(SyndicationFeed feed, string prefix, string ns) =>
        feed.AttributeExtensions.Add(new XmlQualifiedName(prefix, XmlnsNamespace), ns);

    private static void AddLink(SyndicationFeed feed, string rel, string? url, string? type)
    {
        if (url is not null)
        {
            feed.Links.Add(new SyndicationLink(new Uri(url), rel, null, type, 0));
        }
    }

    private static Rss20FeedFormatter RssFormatter(FeedView feed)
    {
        var syndication = Build(feed, FeedFormat.Rss);
        // The formatter writes a zero offset as "Z", which RSS validators reject; dates go in as text.
        syndication.Extensions.Add(new XElement("lastBuildDate", Rfc822(LastUpdated(feed))));
        // Atom extensions carry the atom:link rel="self" that RSS itself has no element for.
        return new Rss20FeedFormatter(syndication, serializeExtensionsAsAtom: true);
    }

    private static Atom10FeedFormatter AtomFormatter(FeedView feed) => new(Build(feed, FeedFormat.Atom));

    private static MemoryStream Write(SyndicationFeedFormatter formatter)
    {
        // Sized from the content up front: a growing buffer would copy a feed of 50 full releases several times.
        var buffer = new MemoryStream(EstimateBytes(formatter.Feed));
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            formatter.WriteTo(writer);
        }
        return buffer;
    }

    private static int EstimateBytes(SyndicationFeed feed)
    {
        var bytes = 4096;
        foreach (var item in feed.Items)
        {
            // Escaping "<" as "&lt;" adds about a fifth; ids, links, dates, summary and facts about 2 KB.
            bytes += (item is ReleaseItem release ? release.HtmlLength : 0) * 6 / 5 + 2048;
        }
        return bytes;
    }

    private static string AsString(MemoryStream buffer) => Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
}
