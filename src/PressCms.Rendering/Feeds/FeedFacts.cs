using System.Xml.Linq;
using PressCms.Rendering.Liquid;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// The structured facts of a release as elements of the PressCms namespace, documented in the
/// README, so monitoring tools need not scrape them out of the HTML. The same in RSS and Atom.
/// </summary>
public static class FeedFacts
{
    public const string Prefix = "press";
    public const string Namespace = "https://presscms.org/ns/feeds/1.0";

    private static readonly XNamespace Press = Namespace;

    internal static IEnumerable<XElement> Of(ReleaseView release)
    {
        yield return new XElement(Press + "kind", new XAttribute("slug", release.Kind), release.KindLabel);
        foreach (var (name, link) in new[] { ("operation", release.Operation), ("unit", release.Unit), ("area", release.Area) })
        {
            if (link is not null)
            {
                yield return Link(name, link);
            }
        }
        foreach (var category in release.Categories)
        {
            yield return Link("category", category);
        }
        foreach (var figure in release.Figures)
        {
            yield return new XElement(Press + "figure", new XAttribute("label", figure.Label), new XAttribute("value", figure.ValueDisplay),
                Optional("unit", figure.Unit), Optional("period", figure.Period));
        }
        foreach (var date in release.KeyDates)
        {
            yield return new XElement(Press + "keyDate", new XAttribute("label", date.Label), new XAttribute("from", date.From),
                Optional("to", date.To), date.Display);
        }
        foreach (var quote in release.Quotes)
        {
            yield return new XElement(Press + "quote", new XAttribute("speaker", quote.Speaker),
                Optional("role", quote.Role), Optional("organisation", quote.Organisation), quote.Text);
        }
        foreach (var agency in release.Agencies)
        {
            yield return new XElement(Press + "agency", agency);
        }
        foreach (var correction in release.Corrections)
        {
            yield return new XElement(Press + "correction", new XAttribute("date", correction.Date), correction.Note);
        }
    }

    private static XElement Link(string name, LinkView link) =>
        new(Press + name, new XAttribute("slug", link.Slug), new XAttribute("href", link.Url), link.Name);

    private static XAttribute? Optional(string name, string? value) => value is null ? null : new XAttribute(name, value);
}
