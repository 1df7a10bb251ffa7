using PressCms.IntegrationTests.Robustness;

namespace PressCms.IntegrationTests.Security.Matrix;

/// <summary>
/// One thing a caller can ask a route for, as the rule table keys it: a method of a mapped endpoint,
/// or one handler of a Razor page ("POST /admin/users ?handler=Disable").
/// </summary>
public sealed record Probe(string Key, MappedRoute Route, IReadOnlyList<string> Methods, string Handler)
{
    public bool IsApi => Route.Template.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>Every probe the catalogue's routes offer. A page without handlers answers GET and POST with itself; so does a catch-all endpoint.</summary>
    public static IReadOnlyList<Probe> Of(IEnumerable<MappedRoute> routes) => [.. routes.SelectMany(ProbesOf).OrderBy(p => p.Key, StringComparer.Ordinal)];

    private static IEnumerable<Probe> ProbesOf(MappedRoute route)
    {
        if (route.Page is { } page)
        {
            if (page.HandlerMethods.Count == 0)
            {
                return new[] { "GET", "POST" }.Select(m => new Probe($"{m} {route.Template}", route, [m], ""));
            }
            return page.HandlerMethods.Select(h => (Method: h.HttpMethod.ToUpperInvariant(), Name: h.Name ?? "")).Distinct()
                .Select(h => new Probe($"{h.Method} {route.Template}{(h.Name.Length > 0 ? " ?handler=" + h.Name : "")}", route, [h.Method], h.Name));
        }
        return [new Probe(route.ToString(), route, route.Methods.Count == 0 ? ["GET", "POST"] : route.Methods, "")];
    }
}
