using System.Text.Json;
using System.Xml.Linq;
using PressCms.Rendering.Feeds;
using static PressCms.UnitTests.Rendering.Feeds.FeedDocuments;

namespace PressCms.UnitTests.Rendering.Feeds;

public sealed class FeedExtensionsTests
{
    private static readonly XNamespace Press = FeedFacts.Namespace;
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";
    private static readonly XNamespace Tombstones = "http://purl.org/atompub/tombstones/1.0";

    [Fact]
    public void Should_carry_figures_quotes_dates_and_taxonomy_in_the_presscms_namespace()
    {
        foreach (var entry in new[] { Rss(Legatum.Create()).Descendants("item").Single(), AtomFeed(Legatum.Create()).Descendants(Atom + "entry").Single() })
        {
            Assert.Contains(entry.Elements(Press + "figure"), f => f.Attribute("label")!.Value == "Children safeguarded" && f.Attribute("value")!.Value == "138");
            Assert.Contains(entry.Elements(Press + "quote"), q => q.Attribute("speaker")!.Value == "Helen Flanagan" && q.Value.Contains("Every image is a crime scene", StringComparison.Ordinal));
            Assert.Contains(entry.Elements(Press + "keyDate"), d => d.Attribute("from")!.Value == "2020-05-18" && d.Attribute("to")!.Value == "2020-05-23");
            Assert.Equal("Operation Legatum", entry.Element(Press + "operation")!.Value);
            Assert.Equal("operation-update", entry.Element(Press + "kind")!.Attribute("slug")!.Value);
        }
    }

    [Fact]
    public void Should_give_the_lead_image_as_enclosure_and_media_content_with_credit()
    {
        var item = Rss(Legatum.Create()).Descendants("item").Single();
        var content = item.Element(Media + "content")!;

        Assert.Equal(content.Attribute("url")!.Value, item.Element("enclosure")!.Attribute("url")!.Value);
        Assert.Equal("image", content.Attribute("medium")!.Value);
        Assert.Equal("Getty Images", content.Element(Media + "credit")!.Value);
        Assert.Contains(AtomFeed(Legatum.Create()).Descendants(Atom + "link"), l => l.Attribute("rel")?.Value == "enclosure");
    }

    [Fact]
    public void Should_link_the_current_feed_to_its_newest_archive_and_mark_archive_pages()
    {
        var current = Parse(new ReleaseFeeds().Atom(Feed(Legatum.Create()) with { PrevArchiveUrl = "http://x/feeds/releases/archive/2.atom" }));
        var archive = Parse(new ReleaseFeeds().Atom(Feed(Legatum.Create()) with
        {
            PrevArchiveUrl = "http://x/feeds/releases/archive/1.atom",
            NextArchiveUrl = "http://x/feeds/releases/archive/3.atom",
            CurrentUrl = "http://x/feeds/releases.atom",
        }));

        Assert.Equal("http://x/feeds/releases/archive/2.atom", Link(current, "prev-archive"));
        Assert.Null(current.Root!.Element(History + "archive"));
        Assert.Equal("http://x/feeds/releases/archive/1.atom", Link(archive, "prev-archive"));
        Assert.Equal("http://x/feeds/releases/archive/3.atom", Link(archive, "next-archive"));
        Assert.Equal("http://x/feeds/releases.atom", Link(archive, "current"));
        Assert.NotNull(archive.Root!.Element(History + "archive"));
    }

    [Fact]
    public void Should_write_withdrawn_releases_as_atom_tombstones_and_raise_the_feed_updated()
    {
        var withdrawn = new DateTime(2020, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        var feed = Feed(Legatum.Create()) with { Tombstones = [new FeedTombstone("tag:example.org,2020-05-20:release:gone", withdrawn, FeedTombstone.Withdrawn)] };

        var atom = Parse(new ReleaseFeeds().Atom(feed));
        var tombstone = atom.Root!.Element(Tombstones + "deleted-entry")!;

        Assert.Equal("tag:example.org,2020-05-20:release:gone", tombstone.Attribute("ref")!.Value);
        Assert.Equal("2020-06-01T12:00:00Z", tombstone.Attribute("when")!.Value);
        Assert.Equal("2020-06-01T12:00:00Z", atom.Root.Element(Atom + "updated")!.Value);
        Assert.Empty(Parse(new ReleaseFeeds().Rss(feed)).Descendants(Tombstones + "deleted-entry"));
    }

    [Fact]
    public void Should_advertise_the_hub_beside_exactly_one_self_link()
    {
        var feed = Feed(Legatum.Create()) with { HubUrl = "https://hub.example/" };
        var atom = Parse(new ReleaseFeeds().Atom(feed));

        Assert.Equal("https://hub.example/", Link(atom, "hub"));
        Assert.Single(atom.Root!.Elements(Atom + "link"), l => l.Attribute("rel")!.Value == "self");
        Assert.Equal("https://hub.example/", Link(Parse(new ReleaseFeeds().Rss(feed)).Root!.Element("channel")!, "hub"));
    }

    [Fact]
    public void Should_write_json_feed_1_1_with_the_facts_in_an_extension_object()
    {
        var feed = Feed(Legatum.Create()) with { HubUrl = "https://hub.example/" };
        using var json = JsonDocument.Parse(new ReleaseFeeds().JsonUtf8(feed));
        var root = json.RootElement;
        var item = root.GetProperty("items")[0];

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("https://hub.example/", root.GetProperty("hubs")[0].GetProperty("url").GetString());
        Assert.StartsWith("tag:", item.GetProperty("id").GetString());
        Assert.Contains("Every image is a crime scene", item.GetProperty("content_html").GetString());
        Assert.Equal("2020-05-26T09:00:00Z", item.GetProperty("date_published").GetString());
        Assert.Contains(item.GetProperty("_presscms").GetProperty("figures").EnumerateArray(), f => f.GetProperty("value").GetString() == "38");
        Assert.Equal("Getty Images", item.GetProperty("_presscms").GetProperty("lead_image").GetProperty("credit").GetString());
    }

    private static XDocument Parse(string xml) => XDocument.Parse(xml);

    private static string? Link(XDocument document, string rel) => Link(document.Root!, rel);

    private static string? Link(XElement parent, string rel) =>
        parent.Elements(Atom + "link").FirstOrDefault(l => l.Attribute("rel")?.Value == rel)?.Attribute("href")!.Value;
}
