using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PressCms.Rendering.Feeds;
using PressCms.Rendering.Markdown;
using static PressCms.UnitTests.Rendering.Feeds.FeedDocuments;

namespace PressCms.UnitTests.Rendering.Feeds;

public sealed class ReleaseFeedsTests
{
    private const string LegatumTag = "tag:news.example.police.uk,2020-05-25:release:met-2020-05-operation-legatum";

    [Fact]
    public void Should_identify_atom_entries_by_tag_uri_not_permalink()
    {
        var entry = AtomFeed(Legatum.Create()).Root!.Element(Atom + "entry")!;

        Assert.Equal(LegatumTag, entry.Element(Atom + "id")!.Value);
        Assert.Equal("http://127.0.0.1:5123/news/operation-legatum-38-arrested",
            entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
    }

    [Fact]
    public void Should_mark_the_rss_guid_as_not_a_permalink()
    {
        var guid = Rss(Legatum.Create()).Descendants("item").Single().Element("guid")!;

        Assert.Equal(LegatumTag, guid.Value);
        Assert.Equal("false", guid.Attribute("isPermaLink")!.Value);
    }

    [Fact]
    public void Should_keep_the_entry_id_when_the_slug_is_corrected()
    {
        var release = Legatum.Create();
        var before = AtomFeed(release).Root!.Element(Atom + "entry")!.Element(Atom + "id")!.Value;

        var corrected = Legatum.Content("operation-legatum-38-arrested-in-london");
        release.Edit(release.Version, corrected, new MarkdownRenderer(), "editor", Legatum.PublishedUtc.AddHours(1));
        Legatum.PublishCorrection(release, Legatum.PublishedUtc.AddHours(2));
        var entry = AtomFeed(release).Root!.Element(Atom + "entry")!;

        Assert.Equal(before, entry.Element(Atom + "id")!.Value);
        Assert.EndsWith("/news/operation-legatum-38-arrested-in-london", entry.Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public void Should_write_rss_dates_with_a_four_digit_year_and_a_numeric_offset()
    {
        var channel = Rss(Legatum.Create()).Root!.Element("channel")!;
        var pubDate = channel.Element("item")!.Element("pubDate")!.Value;

        Assert.Equal("Tue, 26 May 2020 09:00:00 +0000", pubDate);
        Assert.Matches("^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000$", channel.Element("lastBuildDate")!.Value);
    }

    [Fact]
    public void Should_date_atom_entries_by_publication_and_last_update()
    {
        var release = Legatum.Create();
        release.Edit(release.Version, Legatum.Content(release.Slug), new MarkdownRenderer(), "editor", Legatum.PublishedUtc.AddHours(1));
        Legatum.PublishCorrection(release, Legatum.PublishedUtc.AddHours(2));

        var feed = AtomFeed(release).Root!;
        var entry = feed.Element(Atom + "entry")!;

        Assert.Equal("2020-05-26T09:00:00Z", entry.Element(Atom + "published")!.Value);
        Assert.Equal("2020-05-26T11:00:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.True(Instant(feed.Element(Atom + "updated")!) >= Instant(entry.Element(Atom + "updated")!));
    }

    [Fact]
    public void Should_link_to_itself_in_both_formats()
    {
        var rssSelf = Rss(Legatum.Create()).Root!.Element("channel")!.Elements(Atom + "link").Single();
        var atomSelf = AtomFeed(Legatum.Create()).Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");

        Assert.Equal("self", rssSelf.Attribute("rel")!.Value);
        Assert.Equal("http://127.0.0.1:5123/feeds/releases.rss", rssSelf.Attribute("href")!.Value);
        Assert.Equal("http://127.0.0.1:5123/feeds/releases.atom", atomSelf.Attribute("href")!.Value);
    }

    [Fact]
    public void Should_describe_the_channel()
    {
        var channel = Rss(Legatum.Create()).Root!.Element("channel")!;

        Assert.Equal("Metropolitan Police newsroom", channel.Element("title")!.Value);
        Assert.Equal("http://127.0.0.1:5123/", channel.Element("link")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("description")!.Value));
        Assert.Equal("en-GB", channel.Element("language")!.Value);
    }

    [Fact]
    public void Should_carry_the_full_release_with_figures_dates_and_quotes()
    {
        var rssItem = Rss(Legatum.Create()).Descendants("item").Single();
        var rssText = Text(rssItem.Element(Content + "encoded")!.Value);
        // The description is the summary: the standfirst, plain.
        Assert.StartsWith("Officers from the Met's Online Child Sexual Abuse", rssItem.Element("description")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<", rssItem.Element("description")!.Value, StringComparison.Ordinal);
        var atomText = Text(AtomFeed(Legatum.Create()).Descendants(Atom + "content").Single().Value);

        string[] expected =
        [
            "safeguarded 138 children during Operation Legatum",
            "Increased risk during lockdown",
            "Suspects arrested: 38",
            "Children safeguarded: 138",
            "Referrals from the National Crime Agency: 50 per week",
            "Operation ran: 18 to 23 May 2020",
            "officers have been working flat out",
            "Every image is a crime scene",
            "Helen Flanagan, Detective Superintendent, Metropolitan Police Service",
            "Working with: National Crime Agency, Europol",
            "Notes to editors",
            "Photo: Getty Images",
        ];
        Assert.All(expected, text => Assert.Contains(text, rssText));
        Assert.All(expected, text => Assert.Contains(text, atomText));
        Assert.Equal("html", AtomFeed(Legatum.Create()).Descendants(Atom + "content").Single().Attribute("type")!.Value);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<script>alert(1)</script> & <b>bold</b>")]
    [InlineData("&lt;svg onload=alert(1)&gt;")]
    public void Should_html_encode_the_standfirst_before_it_becomes_the_rss_description(string hostile)
    {
        var release = Legatum.Create();
        release.Edit(release.Version, Legatum.Content("operation-legatum-38-arrested") with { Standfirst = hostile }, new MarkdownRenderer(), "editor", Legatum.PublishedUtc.AddHours(1));
        Legatum.PublishCorrection(release, Legatum.PublishedUtc.AddHours(2));

        var description = Rss(release).Descendants("item").Single().Element("description")!.Value;

        // What a reader parses as HTML: text only, which reads back as what the officer typed.
        Assert.DoesNotContain("<", description, StringComparison.Ordinal);
        Assert.Equal(hostile, WebUtility.HtmlDecode(description));
    }

    [Theory]
    [InlineData("Tom & Jerry's <b>raid</b> — 5 < 6", "Tom & Jerry's &lt;b>raid&lt;/b> — 5 < 6")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)>")]
    [InlineData("</title><script>alert(1)</script>", "&lt;/title>&lt;script>alert(1)&lt;/script>")]
    [InlineData("<!--x--><?php ?>", "&lt;!--x-->&lt;?php ?>")]
    [InlineData("AT&T: &amp; & &lt; stay, I <3 NY, 2<3, <", "AT&T: &amp; & &lt; stay, I <3 NY, 2<3, <")]
    public void Should_encode_in_an_rss_title_only_the_less_than_signs_that_would_open_markup(string headline, string title)
    {
        var release = Legatum.Create();
        release.Edit(release.Version, Legatum.Content("operation-legatum-38-arrested") with { Headline = headline }, new MarkdownRenderer(), "editor", Legatum.PublishedUtc.AddHours(1));
        Legatum.PublishCorrection(release, Legatum.PublishedUtc.AddHours(2));

        var rssTitle = Rss(release).Descendants("item").Single().Element("title")!.Value;
        var atomTitle = AtomFeed(release).Descendants(Atom + "entry").Single().Element(Atom + "title")!;

        // Read as HTML it is the headline as typed, with nothing in it that could become an element;
        // read as text it is the headline as typed but for the markup.
        Assert.Equal(title, rssTitle);
        Assert.DoesNotMatch("<[A-Za-z/!?]", rssTitle);
        // Atom says what its title is: text, as typed.
        Assert.Equal("text", atomTitle.Attribute("type")!.Value);
        Assert.Equal(headline, atomTitle.Value);
    }

    [Fact]
    public void Should_encode_markup_in_the_rss_channel_title_and_description_as_in_an_item()
    {
        var feed = Feed(Legatum.Create()) with { Title = "Newsroom: <img src=x onerror=alert(1)> & co", Description = "<b>Child</b> protection & more" };

        var channel = XDocument.Parse(new ReleaseFeeds().Rss(feed)).Root!.Element("channel")!;
        var atom = XDocument.Parse(new ReleaseFeeds().Atom(feed)).Root!;

        Assert.Equal("Newsroom: &lt;img src=x onerror=alert(1)> & co", channel.Element("title")!.Value);
        Assert.Equal("&lt;b&gt;Child&lt;/b&gt; protection &amp; more", channel.Element("description")!.Value);
        Assert.Equal("Newsroom: <img src=x onerror=alert(1)> & co", atom.Element(Atom + "title")!.Value);
        Assert.Equal("<b>Child</b> protection & more", atom.Element(Atom + "subtitle")!.Value);
        Assert.All(new[] { "title", "subtitle" }, name => Assert.Equal("text", atom.Element(Atom + name)!.Attribute("type")!.Value));
    }

    [Fact]
    public void Should_use_only_absolute_urls_in_feed_html()
    {
        var content = Legatum.Content("relative-links") with
        {
            Body = "See [the appeal](/news/brixton-appeal), [section](#more) and ![map](media/map.png).",
            NotesToEditors = "[Guidance](/about/guidance)",
        };
        var release = Themes.ReleasePageTests.Create(content);

        var html = Rss(release).Descendants("item").Single().Element(Content + "encoded")!.Value;
        var urls = Regex.Matches(html, "(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.Matches("^(https?|mailto):", url));
        Assert.Contains("http://127.0.0.1:5123/news/brixton-appeal", urls);
        Assert.Contains("http://127.0.0.1:5123/news/relative-links#more", urls);
        Assert.Contains("http://127.0.0.1:5123/about/guidance", urls);
    }

    [Fact]
    public void Should_list_kind_operation_and_categories_as_categories()
    {
        var rss = Rss(Legatum.Create()).Descendants("item").Single().Elements("category").Select(c => c.Value);
        var atom = AtomFeed(Legatum.Create()).Descendants(Atom + "category").Select(c => c.Attribute("term")!.Value);

        Assert.Equal(["Operation update", "Operation Legatum", "Child protection"], rss);
        Assert.Equal(["Operation update", "Operation Legatum", "Child protection"], atom);
    }

    [Fact]
    public void Should_keep_the_feed_updated_no_older_than_its_newest_entry()
    {
        var older = Legatum.Create("older-release", "older-release", Legatum.PublishedUtc.AddDays(-3));
        var newer = Legatum.Create("newer-release", "newer-release", Legatum.PublishedUtc);

        var feed = AtomFeed(newer, older).Root!;

        Assert.Equal(2, feed.Elements(Atom + "entry").Count());
        Assert.Equal("2020-05-26T09:00:00Z", feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Should_write_utf8_bytes_without_a_byte_order_mark()
    {
        var bytes = new PressCms.Rendering.Feeds.ReleaseFeeds().AtomUtf8(Feed(Legatum.Create()));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
    }

    private static DateTimeOffset Instant(XElement element) => DateTimeOffset.Parse(element.Value, CultureInfo.InvariantCulture);

    private static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));
}
