using System.Text.Json;
using PressCms.Core.Validation;

namespace PressCms.Core.Releases;

/// <summary>
/// Everything an officer writes in one revision of a release. The same shape arrives from the
/// admin form, a recipe and the API, and <see cref="Validate"/> is the one place that judges it.
/// </summary>
public sealed record ReleaseContent
{
    public const int HeadlineMaxLength = 200;
    public const int StandfirstMaxLength = 600;

    public ReleaseKind Kind { get; init; } = ReleaseKind.General;
    public string Slug { get; init; } = "";
    public string Headline { get; init; } = "";
    public string? Standfirst { get; init; }
    public string Body { get; init; } = "";
    public string? Operation { get; init; }
    public string? Unit { get; init; }
    public string? Area { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<KeyDate> KeyDates { get; init; } = [];
    public IReadOnlyList<Figure> Figures { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public IReadOnlyList<string> Agencies { get; init; } = [];
    public string? NotesToEditors { get; init; }
    public LeadImage? LeadImage { get; init; }
    /// <summary>Further images shown with the release, each with the same fields as the lead image.</summary>
    public IReadOnlyList<LeadImage> Gallery { get; init; } = [];

    /// <summary>Whether two contents say the same thing, list by list (records alone compare lists by reference).</summary>
    public bool SameAs(ReleaseContent other) => JsonSerializer.Serialize(this) == JsonSerializer.Serialize(other);

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        void Fail(string field, string message) => errors.Add(new FieldError(field, message));

        if (string.IsNullOrWhiteSpace(Headline))
        {
            Fail("headline", "Enter a headline");
        }
        else if (Headline.Length > HeadlineMaxLength)
        {
            Fail("headline", $"Headline must be {HeadlineMaxLength} characters or fewer");
        }
        if (!Slugs.IsValid(Slug))
        {
            Fail("slug", "Slug must be 1 to 100 characters of a-z, 0-9 and single hyphens");
        }
        if (Standfirst is { Length: > StandfirstMaxLength })
        {
            Fail("standfirst", $"Standfirst must be {StandfirstMaxLength} characters or fewer");
        }
        if (string.IsNullOrWhiteSpace(Body))
        {
            Fail("body", "Enter the body of the release");
        }
        ValidateKeyDates(Fail);
        ValidateFigures(Fail);
        ValidateQuotes(Fail);
        for (var i = 0; i < Agencies.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Agencies[i]))
            {
                Fail($"agencies[{i}]", "Enter the agency's name or remove it");
            }
        }
        for (var i = 0; i < Gallery.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Gallery[i].Src))
            {
                Fail($"gallery[{i}].src", $"Gallery image {i + 1}: give the image's file");
            }
            if (string.IsNullOrWhiteSpace(Gallery[i].Alt))
            {
                Fail($"gallery[{i}].alt", $"Gallery image {i + 1}: describe it for people who cannot see it (alt text)");
            }
        }
        if (LeadImage is { } image)
        {
            if (string.IsNullOrWhiteSpace(image.Src))
            {
                Fail("leadImage.src", "Give the lead image's file");
            }
            if (string.IsNullOrWhiteSpace(image.Alt))
            {
                Fail("leadImage.alt", "Describe the lead image for people who cannot see it (alt text)");
            }
        }
        return errors;
    }

    private void ValidateKeyDates(Action<string, string> fail)
    {
        for (var i = 0; i < KeyDates.Count; i++)
        {
            var date = KeyDates[i];
            if (string.IsNullOrWhiteSpace(date.Label))
            {
                fail($"keyDates[{i}].label", $"Key date {i + 1}: enter a label");
            }
            if (date.From is null)
            {
                fail($"keyDates[{i}].from", $"Key date {i + 1}: enter a real start date");
            }
            else if (date.To is { } to && to < date.From.Value)
            {
                fail($"keyDates[{i}].to", $"Key date {i + 1}: the end date must be the same as or after the start date");
            }
        }
    }

    private void ValidateFigures(Action<string, string> fail)
    {
        for (var i = 0; i < Figures.Count; i++)
        {
            var figure = Figures[i];
            if (string.IsNullOrWhiteSpace(figure.Label))
            {
                fail($"figures[{i}].label", $"Figure {i + 1}: enter a label");
            }
            if (figure.Value is null)
            {
                fail($"figures[{i}].value", $"Figure {i + 1}: enter a number");
            }
            else if (figure.Value < 0)
            {
                fail($"figures[{i}].value", $"Figure {i + 1}: the number must be 0 or more");
            }
        }
    }

    private void ValidateQuotes(Action<string, string> fail)
    {
        for (var i = 0; i < Quotes.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Quotes[i].Text))
            {
                fail($"quotes[{i}].text", $"Quote {i + 1}: enter the words quoted");
            }
            if (string.IsNullOrWhiteSpace(Quotes[i].Speaker))
            {
                fail($"quotes[{i}].speaker", $"Quote {i + 1}: enter who said it");
            }
        }
    }
}
