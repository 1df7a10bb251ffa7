using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PressCms.Rendering.Liquid;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// The full text of a release as feed HTML. Readers and monitoring tools see the structured fields
/// (figures, dates, quotes, agencies) as plain HTML, since they ignore anything else.
/// </summary>
internal static class FeedContent
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Html(ReleaseView release, string origin)
    {
        var html = new StringBuilder(4096);
        foreach (var correction in release.Corrections)
        {
            html.Append("<p><em>Updated ").Append(Encode(correction.DateDisplay)).Append(": ").Append(Encode(correction.Note)).Append("</em></p>");
        }
        if (release.LeadImage is { } image)
        {
            html.Append("<figure><img src=\"").Append(Encode(image.Src)).Append("\" alt=\"").Append(Encode(image.Alt)).Append("\">");
            var credit = image.Credit is null ? null : "Photo: " + image.Credit;
            var caption = image.Caption is null ? credit : credit is null ? image.Caption : image.Caption + " " + credit;
            if (caption is not null)
            {
                html.Append("<figcaption>").Append(Encode(caption)).Append("</figcaption>");
            }
            html.Append("</figure>");
        }
        if (release.Standfirst is { } standfirst)
        {
            html.Append("<p><strong>").Append(Encode(standfirst)).Append("</strong></p>");
        }
        html.Append(AbsoluteUrls.In(release.BodyHtml, origin, release.Url));
        foreach (var picture in release.Gallery)
        {
            html.Append("<figure><img src=\"").Append(Encode(picture.Src)).Append("\" alt=\"").Append(Encode(picture.Alt)).Append("\">");
            if (picture.Credit is not null)
            {
                html.Append("<figcaption>").Append(Encode((picture.Caption is null ? "" : picture.Caption + " ") + "Photo: " + picture.Credit)).Append("</figcaption>");
            }
            html.Append("</figure>");
        }
        AppendFacts(html, release);
        foreach (var quote in release.Quotes)
        {
            html.Append("<blockquote><p>").Append(Encode(quote.Text)).Append("</p><footer>— ").Append(Encode(Attribution(quote))).Append("</footer></blockquote>");
        }
        if (release.Agencies.Count > 0)
        {
            html.Append("<p>Working with: ").Append(Encode(string.Join(", ", release.Agencies))).Append("</p>");
        }
        if (release.Operation is { } operation)
        {
            html.Append("<p>Part of <a href=\"").Append(Encode(operation.Url)).Append("\">").Append(Encode(operation.Name)).Append("</a></p>");
        }
        if (release.NotesToEditorsHtml is { } notes)
        {
            html.Append("<h2>Notes to editors</h2>").Append(AbsoluteUrls.In(notes, origin, release.Url));
        }
        return html.ToString();
    }

    public static string Attribution(QuoteView quote)
    {
        var parts = new List<string>(3) { quote.Speaker };
        if (quote.Role is { } role)
        {
            parts.Add(role);
        }
        if (quote.Organisation is { } organisation)
        {
            parts.Add(organisation);
        }
        return string.Join(", ", parts);
    }

    private static void AppendFacts(StringBuilder html, ReleaseView release)
    {
        if (release.Figures.Count > 0)
        {
            html.Append("<h2>In figures</h2><ul>");
            foreach (var figure in release.Figures)
            {
                html.Append("<li>").Append(Encode(figure.Label)).Append(": <strong>").Append(Encode(figure.ValueDisplay));
                if (figure.Unit is { } unit)
                {
                    html.Append(' ').Append(Encode(unit));
                }
                html.Append("</strong>");
                if (figure.Period is { } period)
                {
                    html.Append(" (").Append(Encode(period)).Append(')');
                }
                html.Append("</li>");
            }
            html.Append("</ul>");
        }
        if (release.KeyDates.Count > 0)
        {
            html.Append("<h2>Key dates</h2><ul>");
            foreach (var date in release.KeyDates)
            {
                html.Append("<li>").Append(Encode(date.Label)).Append(": ").Append(Encode(date.Display)).Append("</li>");
            }
            html.Append("</ul>");
        }
    }

    private static string Encode(string text) => Encoder.Encode(text);
}
