using System.Text;

namespace PressCms.IntegrationTests.Security.Matrix;

/// <summary>The request one caller sends one probe: admitted callers send nothing that could do harm, refused ones the rule's attack.</summary>
public static class MatrixRequest
{
    /// <summary>A valid ETag that names no version: an admitted caller's decision or edit stops at 412 and changes nothing.</summary>
    private const string StaleVersion = "\"00000000-0000-0000-0000-000000000001\"";

    public static HttpRequestMessage For(Probe probe, AccessRule rule, MatrixCaller caller, string method, string url, bool admitted, Targets targets)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "GET" or "HEAD")
        {
            return request;
        }
        if (probe.IsApi)
        {
            request.Content = new StringContent(admitted ? "{}" : rule.AttackJson?.Invoke(targets) ?? "{}", Encoding.UTF8, "application/json");
            // A refused caller quotes the release's real version, so the forgery would apply if it got through.
            request.Headers.TryAddWithoutValidation("If-Match", admitted ? StaleVersion : $"\"{targets.VersionOf(targets.DraftId)}\"");
            return request;
        }
        // The caller's own antiforgery token on every form, so a refusal is the rule's, never antiforgery's.
        IEnumerable<KeyValuePair<string, string>> fields = [new("__RequestVerificationToken", caller.FormToken)];
        if (!admitted && rule.Attack is { } attack)
        {
            fields = fields.Concat(attack(targets));
        }
        request.Content = new FormUrlEncodedContent(fields);
        return request;
    }
}
