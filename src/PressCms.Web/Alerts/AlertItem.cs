using System.Globalization;
using PressCms.Core.Releases;
using PressCms.Rendering.Liquid;

namespace PressCms.Web.Alerts;

/// <summary>What an alert says about one live release: never more than its public page shows.</summary>
public sealed record AlertItem(string Headline, string? Standfirst, IReadOnlyList<string> Figures, string Url, string? CorrectionNote)
{
    /// <summary>Each quote as it reads in print: the words, then who said them.</summary>
    public IReadOnlyList<(string Text, string Attribution)> Quotes { get; init; } = [];

    /// <summary>The lead image as the page shows it, with its credit and copyright; null when there is none or it was removed.</summary>
    public LeadImageView? Photo { get; init; }

    public static AlertItem From(Revision live, string baseUrl, string? correctionNote, LeadImageView? photo) => new(
        live.Headline, live.Standfirst,
        [.. live.Figures.Where(f => f.Value is not null).Select(Figure)],
        $"{baseUrl.TrimEnd('/')}/news/{Uri.EscapeDataString(live.Slug)}",
        correctionNote)
    {
        Quotes = [.. live.Quotes.Select(q => (q.Text, string.Join(", ", new[] { q.Speaker, q.Role, q.Organisation }.Where(p => !string.IsNullOrWhiteSpace(p)))))],
        Photo = photo,
    };

    private static string Figure(Figure figure)
    {
        var value = figure.Value!.Value.ToString("#,##0.##", CultureInfo.GetCultureInfo("en-GB"));
        var unit = string.IsNullOrWhiteSpace(figure.Unit) ? "" : " " + figure.Unit;
        var period = string.IsNullOrWhiteSpace(figure.Period) ? "" : $" ({figure.Period})";
        return $"{figure.Label}: {value}{unit}{period}";
    }
}
