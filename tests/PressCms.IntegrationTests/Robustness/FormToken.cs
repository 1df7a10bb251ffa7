using System.Net;
using System.Text.RegularExpressions;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>The antiforgery token a form page carries, decoded; empty when the page has none.</summary>
internal static partial class FormToken
{
    public static string In(string html) => Pattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Pattern();
}
