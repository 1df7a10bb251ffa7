using System.Net;
using System.Text.RegularExpressions;

namespace PressCms.IntegrationTests.Infrastructure;

/// <summary>A signed-in browser without the browser: keeps cookies and posts forms with their antiforgery token, as a person would.</summary>
public sealed partial class AdminClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task SignInAsync(string email, string password)
    {
        var response = await PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public async Task<string> GetPageAsync(string path)
    {
        var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads formPage for its antiforgery token, then posts the fields to action.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await http.GetStringAsync(formPage);
        return await PostWithTokenAsync(page, action, fields);
    }

    public async Task<HttpResponseMessage> PostWithTokenAsync(string pageHtml, string action, Dictionary<string, string> fields)
    {
        var token = TokenPattern().Match(pageHtml);
        Assert.True(token.Success, "the form page carries an antiforgery token");
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await http.PostAsync(action, new FormUrlEncodedContent(all));
    }

    /// <summary>Every named input, textarea and selected option of a form page, as a person's browser would submit them.</summary>
    public static Dictionary<string, string> FormValues(string html)
    {
        var values = new Dictionary<string, string>();
        foreach (Match input in InputPattern().Matches(html))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null || name == "__RequestVerificationToken" || (type is "checkbox" or "radio" && !tag.Contains("checked", StringComparison.Ordinal)))
            {
                continue;
            }
            values[WebUtility.HtmlDecode(name)] = WebUtility.HtmlDecode(Attribute(tag, "value") ?? "");
        }
        foreach (Match area in TextAreaPattern().Matches(html))
        {
            values[WebUtility.HtmlDecode(area.Groups[1].Value)] = WebUtility.HtmlDecode(area.Groups[2].Value);
        }
        foreach (Match select in SelectPattern().Matches(html))
        {
            var selected = SelectedPattern().Match(select.Groups[2].Value);
            values[WebUtility.HtmlDecode(select.Groups[1].Value)] = selected.Success ? WebUtility.HtmlDecode(Attribute(selected.Value, "value") ?? "") : "";
        }
        return values;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option[^>]*\\sselected=\"selected\"[^>]*>")]
    private static partial Regex SelectedPattern();
}
