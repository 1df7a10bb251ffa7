using System.Globalization;
using PressCms.Core.Releases;
using PressCms.Core.Validation;

namespace PressCms.Web.Pages.Admin.Releases;

/// <summary>Between the form and Core: typed text to <see cref="ReleaseContent"/> and back.</summary>
public static class ReleaseInputParser
{
    /// <summary>Builds content and lists every problem: those only the form can see (a date that is not a date) and Core's rules.</summary>
    /// <param name="gallery">Resolves a gallery reference to the library's image and words; null when it is gone.</param>
    public static (ReleaseContent Content, List<FieldError> Errors) ToContent(ReleaseInput input, Func<string, LeadImage?>? gallery = null)
    {
        var errors = new List<FieldError>();
        var images = new List<LeadImage>();
        foreach (var reference in input.Gallery.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct())
        {
            if (gallery?.Invoke(reference) is { } image)
            {
                images.Add(image);
            }
            else
            {
                errors.Add(new FieldError("gallery", "An image chosen for the gallery was removed everywhere; choose again"));
            }
        }
        if (!ReleaseKinds.TryParse(input.Kind, out var kind))
        {
            errors.Add(new FieldError("kind", "Choose the kind of release"));
        }
        var keyDates = new List<KeyDate>();
        for (var i = 0; i < input.KeyDates.Count; i++)
        {
            var date = input.KeyDates[i];
            if (!date.To.IsBlank && date.To.ToDate() is null)
            {
                errors.Add(new FieldError($"keyDates[{i}].to", $"Key date {i + 1}: the end date must be a real date, or leave it blank"));
            }
            keyDates.Add(new KeyDate(date.Label?.Trim() ?? "", date.From.ToDate(), date.To.ToDate()));
        }
        var headline = input.Headline?.Trim() ?? "";
        var content = new ReleaseContent
        {
            Kind = kind,
            Slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(headline) : input.Slug.Trim(),
            Headline = headline,
            Standfirst = input.Standfirst,
            Body = input.Body ?? "",
            Operation = input.Operation,
            Unit = input.Unit,
            Area = input.Area,
            Categories = [.. input.Categories.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct()],
            Agencies = [.. (input.Agencies ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            NotesToEditors = input.NotesToEditors,
            KeyDates = keyDates,
            Figures = [.. input.Figures.Select(f => new Figure(f.Label?.Trim() ?? "", ParseNumber(f.Value), Blank(f.Unit), Blank(f.Period)))],
            Quotes = [.. input.Quotes.Select(q => new Quote(q.Text?.Trim() ?? "", q.Speaker?.Trim() ?? "", Blank(q.Role), Blank(q.Organisation)))],
            LeadImage = string.IsNullOrWhiteSpace(input.LeadImage.Src) && string.IsNullOrWhiteSpace(input.LeadImage.Alt)
                ? null
                : new LeadImage(input.LeadImage.Src?.Trim() ?? "", input.LeadImage.Alt?.Trim() ?? "", Blank(input.LeadImage.Caption), Blank(input.LeadImage.Credit), Blank(input.LeadImage.Copyright)),
            Gallery = images,
        };
        errors.AddRange(content.Validate().Where(e => !errors.Any(x => x.Field == e.Field)));
        return (content, errors);
    }

    public static ReleaseInput FromContent(ReleaseContent content, Guid version, int revision) => new()
    {
        Version = version,
        BaseRevision = revision,
        Kind = content.Kind.ToSlug(),
        Slug = content.Slug,
        Headline = content.Headline,
        Standfirst = content.Standfirst,
        Body = content.Body,
        Operation = content.Operation,
        Unit = content.Unit,
        Area = content.Area,
        Categories = [.. content.Categories],
        Agencies = string.Join('\n', content.Agencies),
        NotesToEditors = content.NotesToEditors,
        Figures = [.. content.Figures.Select(f => new FigureInput { Label = f.Label, Value = f.Value?.ToString(CultureInfo.InvariantCulture), Unit = f.Unit, Period = f.Period })],
        Quotes = [.. content.Quotes.Select(q => new QuoteInput { Text = q.Text, Speaker = q.Speaker, Role = q.Role, Organisation = q.Organisation })],
        KeyDates = [.. content.KeyDates.Select(d => new KeyDateInput { Label = d.Label, From = DateParts.From(d.From), To = DateParts.From(d.To) })],
        Gallery = [.. content.Gallery.Select(g => g.Src)],
        LeadImage = content.LeadImage is { } image
            ? new LeadImageInput { Src = image.Src, Alt = image.Alt, Caption = image.Caption, Credit = image.Credit, Copyright = image.Copyright }
            : new LeadImageInput(),
    };

    // Officers type "1,234" as often as "1234"; anything else that is not a number is kept as a blank value and reported.
    private static decimal? ParseNumber(string? text) =>
        decimal.TryParse(text?.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
