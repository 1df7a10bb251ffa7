using PressCms.Core.Releases;
using PressCms.Core.Validation;

namespace PressCms.Web.Pages.Admin.Releases;

/// <summary>
/// The release form as typed: numbers and dates stay strings so a mistake is shown back exactly as
/// entered, never lost or "corrected". <see cref="ReleaseInputParser"/> turns it into Core content.
/// </summary>
public sealed class ReleaseInput
{
    public Guid Version { get; set; }
    /// <summary>The revision the officer started from, so a conflict can show what the other person changed.</summary>
    public int BaseRevision { get; set; }
    public string? Kind { get; set; }
    public string? Slug { get; set; }
    public string? Headline { get; set; }
    public string? Standfirst { get; set; }
    public string? Body { get; set; }
    public string? Operation { get; set; }
    public string? Unit { get; set; }
    public string? Area { get; set; }
    public List<string> Categories { get; set; } = [];
    public string? Agencies { get; set; }
    public string? NotesToEditors { get; set; }
    public List<FigureInput> Figures { get; set; } = [];
    public List<QuoteInput> Quotes { get; set; } = [];
    public List<KeyDateInput> KeyDates { get; set; } = [];
    public LeadImageInput LeadImage { get; set; } = new();
    /// <summary>Library references ("/media/{id}") of the gallery's images, in order.</summary>
    public List<string> Gallery { get; set; } = [];

    /// <summary>
    /// Tidies the form as posted: drops the holes model binding leaves in a list when a post names an
    /// index (Figures.index=3) it gives no fields for, and the invisible characters text pasted from
    /// other programs brings, which no feed could carry (<see cref="PlainText.Clean"/>).
    /// </summary>
    public void Tidy()
    {
        Categories.RemoveAll(c => c is null);
        Figures.RemoveAll(f => f is null);
        Quotes.RemoveAll(q => q is null);
        KeyDates.RemoveAll(d => d is null);
        Gallery.RemoveAll(g => g is null);
        (Headline, Standfirst, Body, Agencies, NotesToEditors) =
            (PlainText.Clean(Headline), PlainText.Clean(Standfirst), PlainText.Clean(Body), PlainText.Clean(Agencies), PlainText.Clean(NotesToEditors));
        foreach (var figure in Figures)
        {
            (figure.Label, figure.Unit, figure.Period) = (PlainText.Clean(figure.Label), PlainText.Clean(figure.Unit), PlainText.Clean(figure.Period));
        }
        foreach (var quote in Quotes)
        {
            (quote.Text, quote.Speaker, quote.Role, quote.Organisation) =
                (PlainText.Clean(quote.Text), PlainText.Clean(quote.Speaker), PlainText.Clean(quote.Role), PlainText.Clean(quote.Organisation));
        }
        foreach (var date in KeyDates)
        {
            date.Label = PlainText.Clean(date.Label);
        }
        (LeadImage.Alt, LeadImage.Caption, LeadImage.Credit, LeadImage.Copyright) =
            (PlainText.Clean(LeadImage.Alt), PlainText.Clean(LeadImage.Caption), PlainText.Clean(LeadImage.Credit), PlainText.Clean(LeadImage.Copyright));
    }
}

public sealed class FigureInput
{
    public string? Label { get; set; }
    public string? Value { get; set; }
    public string? Unit { get; set; }
    public string? Period { get; set; }
}

public sealed class QuoteInput
{
    public string? Text { get; set; }
    public string? Speaker { get; set; }
    public string? Role { get; set; }
    public string? Organisation { get; set; }
}

public sealed class KeyDateInput
{
    public string? Label { get; set; }
    public DateParts From { get; set; } = new();
    public DateParts To { get; set; } = new();
}

public sealed class LeadImageInput
{
    public string? Src { get; set; }
    public string? Alt { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public string? Copyright { get; set; }
}

/// <summary>A date typed as day, month and year boxes (the GOV.UK date pattern).</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public DateOnly? ToDate() =>
        int.TryParse(Day, out var d) && int.TryParse(Month, out var m) && int.TryParse(Year, out var y)
        && y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    public static DateParts From(DateOnly? date) => date is { } value
        ? new DateParts { Day = value.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), Month = value.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), Year = value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) }
        : new DateParts();
}
