using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>One route the app maps: its pattern, the methods it answers (empty for any) and, for a Razor page, the compiled page with its handlers.</summary>
public sealed record MappedRoute(RouteEndpoint Endpoint, IReadOnlyList<string> Methods, CompiledPageActionDescriptor? Page)
{
    public RoutePattern Pattern => Endpoint.RoutePattern;

    public string Template => "/" + (Pattern.RawText ?? "").TrimStart('/');

    public IReadOnlyList<string> Parameters => [.. Pattern.Parameters.Select(p => p.Name)];

    public bool Answers(string method) => Methods.Count == 0 || Methods.Contains(method, StringComparer.OrdinalIgnoreCase);

    /// <summary>The names of a page's handlers for one method ("" for OnPost itself).</summary>
    public IReadOnlyList<string> Handlers(string method) =>
        Page is null ? [] : [.. Page.HandlerMethods.Where(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)).Select(h => h.Name ?? "").Distinct()];

    /// <summary>A path for this pattern, each parameter's text (already escaped for a path) chosen by <paramref name="value"/>.</summary>
    public string Fill(Func<string, string> value)
    {
        var path = new StringBuilder();
        foreach (var segment in Pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => value(parameter.Name),
                    _ => throw new InvalidOperationException($"unknown route part {part.GetType().Name}"),
                });
            }
        }
        return path.Length == 0 ? "/" : path.ToString();
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Methods.Count == 0 ? "*" : string.Join(",", Methods))} {Template}");
}
