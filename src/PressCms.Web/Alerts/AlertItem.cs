using System.Globalization;
using PressCms.Core.Releases;

namespace PressCms.Web.Alerts;

/// <summary>What an alert says about one live release: never more than its public page shows.</summary>
public sealed record AlertItem(string Headline, string? Standfirst, IReadOnlyList<string> Figures, string Url, string? CorrectionNote)
{
    public static AlertItem From(Revision live, string baseUrl, string? correctionNote) => new(
        live.Headline, live.Standfirst,
        [.. live.Figures.Where(f => f.Value is not null).Select(Figure)],
        $"{baseUrl.TrimEnd('/')}/news/{Uri.EscapeDataString(live.Slug)}",
        correctionNote);

    private static string Figure(Figure figure)
    {
        var value = figure.Value!.Value.ToString("#,##0.##", CultureInfo.GetCultureInfo("en-GB"));
        var unit = string.IsNullOrWhiteSpace(figure.Unit) ? "" : " " + figure.Unit;
        var period = string.IsNullOrWhiteSpace(figure.Period) ? "" : $" ({figure.Period})";
        return $"{figure.Label}: {value}{unit}{period}";
    }
}
