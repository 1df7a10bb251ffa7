using System.Net;
using System.Text.RegularExpressions;

namespace PressCms.IntegrationTests.Infrastructure;

/// <summary>A signed-in browser without the browser: keeps cookies and posts forms with their antiforgery token, as a person would.</summary>
/// <param name="site">The site's services and clock, for the second factor (a phone's authenticator app); needed to sign in.</param>
public sealed partial class AdminClient(HttpClient http, (IServiceProvider Services, Func<DateTime> UtcNow)? site = null) : IDisposable
{
    public HttpClient Http => http;

    /// <summary>Password, then the second factor: a code from the authenticator, or setting it up the first time.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var response = await PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await SecondFactorAsync(email, response.Headers.Location!.OriginalString);
    }

    /// <summary>Completes the sign-in a password started, at the step the site sent the browser to; the answer that starts the session.</summary>
    public async Task<HttpResponseMessage> SecondFactorAsync(string email, string step)
    {
        var (services, utcNow) = site ?? throw new InvalidOperationException("this client was made without the site's services, so it has no authenticator app");
        if (step.StartsWith("/account/enrol", StringComparison.Ordinal))
        {
            var page = await GetPageAsync(step);
            var key = KeyPattern().Match(page).Groups[1].Value;
            Assert.False(string.IsNullOrEmpty(key), "the enrolment page shows the authenticator key");
            var enrolled = await PostWithTokenAsync(page, step, new() { ["Code"] = PressCms.Tests.Shared.StaffCodes.ForKey(key, utcNow()) });
            var codes = await enrolled.Content.ReadAsStringAsync();
            Assert.True(enrolled.StatusCode == HttpStatusCode.OK && codes.Contains("Keep your recovery codes", StringComparison.Ordinal), $"enrolment answered {(int)enrolled.StatusCode}: {System.Text.RegularExpressions.Regex.Match(codes, "<ul class=\"error-summary-list\">(.*?)</ul>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value}");
            return enrolled;
        }
        Assert.StartsWith("/account/two-factor", step, StringComparison.Ordinal);
        var form = await GetPageAsync(step);
        var signedIn = await PostWithTokenAsync(form, step, new() { ["Code"] = await PressCms.Tests.Shared.StaffCodes.NextAsync(services, email, utcNow()) });
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        return signedIn;
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

    [GeneratedRegex("<code class=\"authenticator-key\">([^<]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option[^>]*\\sselected=\"selected\"[^>]*>")]
    private static partial Regex SelectedPattern();
}
