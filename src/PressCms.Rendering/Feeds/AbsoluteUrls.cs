using System.Text.RegularExpressions;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// Feed readers resolve nothing: every href and src in feed HTML must be absolute. Body HTML comes
/// from the sanitizer, which always writes attributes in double quotes, so a pattern is enough.
/// </summary>
internal static partial class AbsoluteUrls
{
    public static string In(string html, string origin, string pageUrl)
    {
        if (!html.Contains("=\"", StringComparison.Ordinal))
        {
            return html;
        }
        return RelativeUrl().Replace(html, match =>
        {
            var value = match.Groups["url"].Value;
            var absolute = value.StartsWith('#') ? pageUrl + value
                : value.StartsWith("//", StringComparison.Ordinal) ? "https:" + value
                : origin + "/" + value.TrimStart('/');
            return $"{match.Groups["attr"].Value}=\"{absolute}\"";
        });
    }

    // An attribute value with no scheme: http:, https: and mailto: are left alone.
    [GeneratedRegex("(?<attr>\\b(?:href|src))=\"(?<url>(?![a-zA-Z][a-zA-Z0-9+.-]*:)[^\"]*)\"")]
    private static partial Regex RelativeUrl();
}
