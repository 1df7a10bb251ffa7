using System.ServiceModel.Syndication;
using System.Xml.Linq;
using PressCms.Rendering.Liquid;

namespace PressCms.Rendering.Feeds;

/// <summary>One release as a syndication item, shaped for the format that will write it.</summary>
internal static class FeedEntry
{
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The RSS content module (web.resource.org/rss/1.0/modules/content/), for the full HTML.</summary>
    public const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    public static SyndicationItem Create(ReleaseView release, SiteView site, FeedFormat format)
    {
        var html = FeedContent.Html(release, site.BaseUrl);
        var item = new ReleaseItem
        {
            HtmlLength = html.Length,
            Id = release.FeedId,
            Title = new TextSyndicationContent(format == FeedFormat.Rss ? RssTitle(release.Headline) : release.Headline),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(release.Url), "text/html"));
        if (format == FeedFormat.Rss)
        {
            // The description is the summary; content:encoded, which readers show in full, carries the
            // HTML. RSS readers take a description as HTML, so the plain-text standfirst is HTML-encoded
            // first (then XML-escaped by the writer): "<img onerror=…>" typed by an officer is shown as
            // typed, never run. Without a standfirst the description is the (sanitized) HTML.
            item.Summary = release.Standfirst is { } standfirst
                ? new TextSyndicationContent(HtmlText.Encode(standfirst))
                : new TextSyndicationContent(html, TextSyndicationContentKind.Html);
            item.Extensions.Add(new XElement(XName.Get("encoded", ContentModule), html));
            item.Extensions.Add(new XElement("pubDate", ReleaseFeeds.Rfc822(release.PublishedUtc)));
            // RSS author must be an email address; the press office is a name, so Dublin Core carries it.
            item.Extensions.Add(new XElement(XName.Get("creator", DublinCore), site.Name));
        }
        else
        {
            item.Content = new TextSyndicationContent(html, TextSyndicationContentKind.Html);
            if (release.Standfirst is { } standfirst)
            {
                item.Summary = new TextSyndicationContent(standfirst);
            }
            item.PublishDate = Utc(release.PublishedUtc);
            item.LastUpdatedTime = Utc(release.UpdatedUtc);
            item.Authors.Add(new SyndicationPerson(null, site.Name, site.BaseUrl + "/"));
        }
        item.Categories.Add(new SyndicationCategory(release.KindLabel));
        if (release.Operation is { } operation)
        {
            item.Categories.Add(new SyndicationCategory(operation.Name));
        }
        foreach (var category in release.Categories)
        {
            item.Categories.Add(new SyndicationCategory(category.Name));
        }
        if (release.LeadImage is { } image)
        {
            // RSS requires a length; 0 is what the RSS Advisory Board's profile asks for when it is not known.
            item.Links.Add(new SyndicationLink(new Uri(image.Src), "enclosure", null, MediaRss.MimeType(image.Src), image.Bytes ?? 0));
            item.Extensions.Add(MediaRss.Content(image));
        }
        item.Extensions.AddRange(FeedFacts.Of(release));
        return item;
    }

    // RSS does not say whether a title is text or HTML, and readers split: newsboat shows it as
    // typed; feedparser guesses (a title that looks like HTML is HTML to it, a lone
    // "<img src=x onerror=...>" is text it passes on unsanitized); web readers often insert it as
    // HTML. Encoding it fully would show "Tom &amp; Jerry's" to everyone who reads it as text;
    // leaving it would run an officer's "<img src=x onerror=...>" in readers that take HTML. So only
    // a "<" that would open markup is encoded: "Tom & Jerry's - 5 < 6" reads as typed in both,
    // "<b>raid</b>" is text to HTML readers (text readers see "&lt;b>raid&lt;/b>", the one cost),
    // and nothing in a headline can run. Atom titles say type="text" and JSON Feed titles are plain
    // text by its specification, so they stay as typed.
    internal static string RssTitle(string text) => HtmlText.EncodeTagOpenings(text);

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
