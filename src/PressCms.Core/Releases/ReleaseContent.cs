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
    /// <summary>About 15,000 words: far past any release, short of what would bloat every feed that carries it.</summary>
    public const int BodyMaxLength = 100_000;
    public const int NotesToEditorsMaxLength = 10_000;
    public const int QuoteMaxLength = 5_000;
    public const int CaptionMaxLength = 1_000;
    /// <summary>Labels, names, units, agencies, credits: one line each.</summary>
    public const int ShortTextMaxLength = 300;
    /// <summary>Figures, quotes, key dates, agencies, categories and gallery images, each.</summary>
    public const int MaxItems = 50;

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
        foreach (var (field, what, count) in new[]
        {
            ("keyDates", "key dates", KeyDates.Count), ("figures", "figures", Figures.Count), ("quotes", "quotes", Quotes.Count),
            ("agencies", "agencies", Agencies.Count), ("categories", "categories", Categories.Count), ("gallery", "gallery images", Gallery.Count),
        })
        {
            if (count > MaxItems)
            {
                Fail(field, $"A release takes at most {MaxItems} {what}; this one has {count}");
            }
        }
        foreach (var (field, what, text) in Texts())
        {
            if (PlainText.Unpublishable(text) is { } character && !errors.Any(e => e.Field == field))
            {
                Fail(field, PlainText.Refusal(what, character));
            }
            else if (text is not null && text.Length > MaxLengthOf(field) && !errors.Any(e => e.Field == field))
            {
                Fail(field, $"{what} must be {MaxLengthOf(field):N0} characters or fewer; it has {text.Length:N0}");
            }
        }
        return errors;
    }

    private static int MaxLengthOf(string field) => field switch
    {
        "headline" => HeadlineMaxLength,
        "standfirst" => StandfirstMaxLength,
        "body" => BodyMaxLength,
        "notesToEditors" => NotesToEditorsMaxLength,
        _ when field.EndsWith(".text", StringComparison.Ordinal) => QuoteMaxLength,
        _ when field.EndsWith(".caption", StringComparison.Ordinal) => CaptionMaxLength,
        _ => ShortTextMaxLength,
    };

    /// <summary>Every piece of text the public may see, with its field and how an officer names it.</summary>
    private IEnumerable<(string Field, string What, string? Text)> Texts()
    {
        yield return ("headline", "The headline", Headline);
        yield return ("standfirst", "The standfirst", Standfirst);
        yield return ("body", "The body", Body);
        yield return ("notesToEditors", "The notes to editors", NotesToEditors);
        for (var i = 0; i < Agencies.Count; i++)
        {
            yield return ($"agencies[{i}]", $"Agency {i + 1}", Agencies[i]);
        }
        for (var i = 0; i < KeyDates.Count; i++)
        {
            yield return ($"keyDates[{i}].label", $"Key date {i + 1}", KeyDates[i].Label);
        }
        for (var i = 0; i < Figures.Count; i++)
        {
            yield return ($"figures[{i}].label", $"Figure {i + 1}'s label", Figures[i].Label);
            yield return ($"figures[{i}].unit", $"Figure {i + 1}'s unit", Figures[i].Unit);
            yield return ($"figures[{i}].period", $"Figure {i + 1}'s period", Figures[i].Period);
        }
        for (var i = 0; i < Quotes.Count; i++)
        {
            yield return ($"quotes[{i}].text", $"Quote {i + 1}", Quotes[i].Text);
            yield return ($"quotes[{i}].speaker", $"Quote {i + 1}'s speaker", Quotes[i].Speaker);
            yield return ($"quotes[{i}].role", $"Quote {i + 1}'s role", Quotes[i].Role);
            yield return ($"quotes[{i}].organisation", $"Quote {i + 1}'s organisation", Quotes[i].Organisation);
        }
        var images = Gallery.Select((g, i) => (Prefix: $"gallery[{i}]", Name: $"Gallery image {i + 1}", Image: g));
        if (LeadImage is { } lead)
        {
            images = images.Prepend(("leadImage", "The lead image", lead));
        }
        foreach (var (prefix, name, image) in images)
        {
            yield return ($"{prefix}.src", $"{name}'s file", image.Src);
            yield return ($"{prefix}.alt", $"{name}'s alt text", image.Alt);
            yield return ($"{prefix}.caption", $"{name}'s caption", image.Caption);
            yield return ($"{prefix}.credit", $"{name}'s credit", image.Credit);
            yield return ($"{prefix}.copyright", $"{name}'s copyright", image.Copyright);
        }
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
