using System.Text.Json;
using System.Xml.Linq;

namespace PressCms.BrowserTests.Feeds;

/// <summary>
/// The elements of a feed that readers render as HTML. RSS: an item's and the channel's title and
/// description, content:encoded, and any Media RSS or Atom element typed html. Atom: every element
/// typed html or xhtml (content, summary, title, subtitle, rights). JSON Feed: content_html;
/// its title and summary are plain text by the specification.
/// </summary>
internal static class HtmlElements
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";

    public static IEnumerable<HtmlField> InRss(XDocument rss, string feed)
    {
        var channel = rss.Root!.Element("channel")!;
        // Titles too: RSS does not say what they hold, and feedparser and many web readers take them as HTML.
        foreach (var name in new[] { "title", "description" })
        {
            yield return new HtmlField(feed, "RSS channel " + name, null, channel.Element(name)!.Value);
        }
        foreach (var item in channel.Elements("item"))
        {
            var id = ReleaseId(item.Element("guid")?.Value);
            foreach (var name in new[] { "title", "description" })
            {
                if (item.Element(name) is { } element)
                {
                    yield return new HtmlField(feed, "RSS item " + name, id, element.Value);
                }
            }
            if (item.Element(Content + "encoded") is { } encoded)
            {
                yield return new HtmlField(feed, "RSS content:encoded", id, encoded.Value);
            }
            foreach (var typed in item.Descendants().Where(e => (e.Name.Namespace == Media || e.Name.Namespace == Atom) && IsHtml(e)))
            {
                yield return new HtmlField(feed, "RSS " + typed.Name.LocalName + " typed html", id, Text(typed));
            }
        }
    }

    public static IEnumerable<HtmlField> InAtom(XDocument atom, string feed) =>
        atom.Descendants().Where(IsHtml).Select(element => new HtmlField(feed, $"Atom {element.Name.LocalName} type=\"{element.Attribute("type")!.Value}\"",
            ReleaseId(element.Ancestors(Atom + "entry").FirstOrDefault()?.Element(Atom + "id")?.Value), Text(element)));

    public static IEnumerable<HtmlField> InJson(JsonElement json, string feed)
    {
        foreach (var item in json.GetProperty("items").EnumerateArray())
        {
            if (item.TryGetProperty("content_html", out var html))
            {
                yield return new HtmlField(feed, "JSON content_html", ReleaseId(item.GetProperty("id").GetString()), html.GetString()!);
            }
        }
    }

    /// <summary>The address of the next older archive page (RFC 5005 prev-archive), or null on the oldest.</summary>
    public static string? OlderPage(XDocument document) =>
        document.Descendants(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == "prev-archive")?.Attribute("href")?.Value;

    /// <summary>"hostile-012" from the tag URI "tag:localhost,2026-11-27:release:hostile-012".</summary>
    private static string? ReleaseId(string? tag) => tag?[(tag.LastIndexOf(':') + 1)..];

    // Text constructs say html or xhtml; a content element may name the media type instead.
    private static bool IsHtml(XElement element) => (string?)element.Attribute("type") switch
    {
        "html" or "xhtml" => true,
        "text/html" => element.Name.LocalName == "content",
        _ => false,
    };

    // An xhtml construct is markup itself (inside one div), the others escaped text.
    private static string Text(XElement element) => (string?)element.Attribute("type") == "xhtml"
        ? string.Concat(element.Elements().SelectMany(div => div.Nodes()))
        : element.Value;
}
