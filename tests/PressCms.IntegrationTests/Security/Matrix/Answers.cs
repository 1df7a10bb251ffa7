using System.Globalization;
using System.Net;
using System.Text.Json;

namespace PressCms.IntegrationTests.Security.Matrix;

/// <summary>Reads an answer as a refusal of a given shape, or as any refusal at all.</summary>
public static class Answers
{
    private static readonly Uri Site = new("http://localhost");

    /// <summary>Null when the answer is that refusal exactly; otherwise what it was instead.</summary>
    public static async Task<string?> MismatchAsync(Refusal expected, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var matches = expected switch
        {
            Refusal.SignIn => RedirectsTo(response, "/account/login", returnUrl: true),
            Refusal.Denied => RedirectsTo(response, "/account/denied", returnUrl: true),
            Refusal.StartAgain => RedirectsTo(response, "/account/login", returnUrl: false),
            Refusal.Unauthorized => status == 401 && response.Headers.WwwAuthenticate.Any(h => h.Scheme == "Bearer") && await ProblemRuleAsync(response, 401) is not null,
            Refusal.ScopeMissing => status == 403 && await ProblemRuleAsync(response, 403) == "scope-missing",
            _ => false,
        };
        return matches ? null : Describe(response);
    }

    /// <summary>Whether the answer refuses the caller in any of the site's ways: 401, 403, or a redirect to sign in or to "denied".</summary>
    public static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || RedirectsTo(response, "/account/login", returnUrl: true) || RedirectsTo(response, "/account/login", returnUrl: false)
        || RedirectsTo(response, "/account/denied", returnUrl: true);

    public static string Describe(HttpResponseMessage response) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode}{(response.Headers.Location is { } to ? " to " + to.OriginalString : "")}");

    private static bool RedirectsTo(HttpResponseMessage response, string path, bool returnUrl)
    {
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
        {
            return false;
        }
        var target = new Uri(Site, location);
        return target.AbsolutePath == path && (returnUrl ? target.Query.StartsWith("?ReturnUrl=", StringComparison.Ordinal) : target.Query.Length == 0);
    }

    /// <summary>The problem's rule ("" when it names none), or null when the answer is not problem+json of that status.</summary>
    private static async Task<string?> ProblemRuleAsync(HttpResponseMessage response, int status)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return null;
        }
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (!problem.RootElement.TryGetProperty("status", out var said) || said.GetInt32() != status)
        {
            return null;
        }
        return problem.RootElement.TryGetProperty("rule", out var rule) ? rule.GetString() ?? "" : "";
    }
}
