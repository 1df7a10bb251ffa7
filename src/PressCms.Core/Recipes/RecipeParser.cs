using System.Text.Json;
using PressCms.Core.Newsroom;
using PressCms.Core.Releases;
using PressCms.Core.Validation;

namespace PressCms.Core.Recipes;

/// <summary>
/// Parses and validates a recipe completely before anything is applied: unknown steps and keys,
/// wrong types, content rules and references within the recipe are all reported, each with its
/// step index and key. References to items already in the site are checked by the importer.
/// </summary>
public static class RecipeParser
{
    private static readonly string[] StepNames = ["newsroom", "taxonomy", "operations", "releases"];

    private static readonly string[] ReleaseKeys =
    [
        "id", "kind", "slug", "headline", "standfirst", "body", "operation", "unit", "area", "categories",
        "keyDates", "figures", "quotes", "agencies", "notesToEditors", "leadImage", "gallery", "status", "publishAtUtc",
    ];

    public static Recipe Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new RecipeException([new RecipeError(null, "(file)", $"not valid JSON: {ex.Message}")]);
        }
        using (document)
        {
            var errors = new List<RecipeError>();
            var root = new JsonObjectReader(document.RootElement, "", null, errors);
            root.AllowOnly("name", "displayName", "description", "version", "steps");
            var name = root.String("name", required: true) ?? "";
            var steps = new List<RecipeStep>();
            var stepElements = root.IsObject && document.RootElement.TryGetProperty("steps", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().ToList()
                : null;
            if (stepElements is null)
            {
                root.Fail("steps", "is required and must be an array");
            }
            for (var i = 0; i < (stepElements?.Count ?? 0); i++)
            {
                var step = new JsonObjectReader(stepElements![i], "", i, errors);
                var stepName = step.String("step", required: true);
                RecipeStep? parsed = stepName switch
                {
                    "newsroom" => ParseNewsroom(i, step),
                    "taxonomy" => ParseTaxonomy(i, step),
                    "operations" => ParseOperations(i, step),
                    "releases" => ParseReleases(i, step),
                    null => null,
                    _ => Unknown(step, stepName),
                };
                if (parsed is not null)
                {
                    steps.Add(parsed);
                }
            }
            if (errors.Count == 0)
            {
                errors.AddRange(RecipeReferences.Duplicates(steps));
            }
            if (errors.Count > 0)
            {
                throw new RecipeException(errors);
            }
            return new Recipe(name, root.String("displayName"), root.String("description"), root.String("version"), steps);
        }
    }

    private static RecipeStep? Unknown(JsonObjectReader step, string stepName)
    {
        step.Fail("step", $"unknown step '{stepName}'; known steps: {string.Join(", ", StepNames)}");
        return null;
    }

    private static NewsroomStep ParseNewsroom(int index, JsonObjectReader step)
    {
        step.AllowOnly("step", "name", "baseUrl", "timeZone", "culture", "theme", "boilerplate", "mediaContacts");
        var baseUrl = step.String("baseUrl");
        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            step.Fail("baseUrl", "must be an absolute http or https URL");
        }
        var timeZone = step.String("timeZone");
        if (timeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            step.Fail("timeZone", $"'{timeZone}' is not a known time zone id such as Europe/London");
        }
        List<MediaContact>? contacts = null;
        if (step.Objects("mediaContacts") is { Count: > 0 } items)
        {
            contacts = [];
            foreach (var item in items)
            {
                item.AllowOnly("name", "phone", "email", "hours");
                contacts.Add(new MediaContact(item.String("name", required: true) ?? "", item.String("phone"), item.String("email"), item.String("hours")));
            }
        }
        return new NewsroomStep(index, step.String("name"), baseUrl, timeZone, step.String("culture"), step.String("theme"), step.String("boilerplate"), contacts);
    }

    private static TaxonomyStep ParseTaxonomy(int index, JsonObjectReader step)
    {
        step.AllowOnly("step", "units", "areas", "categories");
        return new TaxonomyStep(index, Terms(step, "units"), Terms(step, "areas"), Terms(step, "categories"));
    }

    private static List<RecipeTerm> Terms(JsonObjectReader step, string key)
    {
        var terms = new List<RecipeTerm>();
        foreach (var item in step.Objects(key))
        {
            item.AllowOnly("slug", "name");
            terms.Add(new RecipeTerm(Slug(item, "slug") ?? "", item.String("name", required: true) ?? ""));
        }
        return terms;
    }

    private static OperationsStep ParseOperations(int index, JsonObjectReader step)
    {
        step.AllowOnly("step", "items");
        var operations = new List<RecipeOperation>();
        foreach (var item in step.Objects("items", required: true))
        {
            item.AllowOnly("slug", "name", "summary", "unit");
            operations.Add(new RecipeOperation(Slug(item, "slug") ?? "", item.String("name", required: true) ?? "", item.String("summary"), item.String("unit")));
        }
        return new OperationsStep(index, operations);
    }

    private static ReleasesStep ParseReleases(int index, JsonObjectReader step)
    {
        step.AllowOnly("step", "items");
        return new ReleasesStep(index, [.. step.Objects("items", required: true).Select(ParseRelease).OfType<RecipeRelease>()]);
    }

    /// <summary>
    /// Parses one release item on its own, as the JSON API receives it: the keys, types and content
    /// rules of a recipe's release item, errors keyed by field path (e.g. "figures[1].value", "$"
    /// for JSON that does not parse). The id is optional; <paramref name="ignoredKeys"/> are accepted
    /// and not read (members the caller owns, such as status). References to the site are the caller's to check.
    /// </summary>
    public static ReleaseItem ParseRelease(string json, IEnumerable<string> ignoredKeys)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new RecipeException([new RecipeError(null, "$", $"not valid JSON: {ex.Message}")]);
        }
        using (document)
        {
            var errors = new List<RecipeError>();
            var item = new JsonObjectReader(document.RootElement, "", null, errors);
            item.AllowOnly([.. ReleaseKeys.Except(["status", "publishAtUtc"]), .. ignoredKeys]);
            var id = item.IsObject && document.RootElement.TryGetProperty("id", out var given) && given.ValueKind != JsonValueKind.Null ? Slug(item, "id") : null;
            var content = item.IsObject ? ParseContent(item) : new ReleaseContent();
            return errors.Count > 0 ? throw new RecipeException(errors) : new ReleaseItem(id, content);
        }
    }

    private static RecipeRelease? ParseRelease(JsonObjectReader item)
    {
        item.AllowOnly(ReleaseKeys);
        if (!item.IsObject)
        {
            return null;
        }
        var id = Slug(item, "id");
        var statusText = item.String("status") ?? "draft";
        var status = ParseStatus(statusText);
        if (status is null)
        {
            item.Fail("status", $"unknown status '{statusText}'; one of draft, in-review, approved, published, withdrawn");
        }
        return new RecipeRelease(id ?? "", ParseContent(item), status ?? ReleaseStatus.Draft, item.UtcInstant("publishAtUtc"));
    }

    private static ReleaseContent ParseContent(JsonObjectReader item)
    {
        var kindText = item.String("kind") ?? "general";
        if (!ReleaseKinds.TryParse(kindText, out var kind))
        {
            item.Fail("kind", $"unknown kind '{kindText}'; one of {ReleaseKinds.AllowedList}");
        }
        var content = new ReleaseContent
        {
            Kind = kind,
            Slug = item.String("slug", required: true) ?? "",
            Headline = item.String("headline", required: true) ?? "",
            Standfirst = item.String("standfirst"),
            Body = item.String("body", required: true) ?? "",
            Operation = item.String("operation"),
            Unit = item.String("unit"),
            Area = item.String("area"),
            Categories = item.Strings("categories"),
            KeyDates = [.. item.Objects("keyDates").Select(ParseKeyDate)],
            Figures = [.. item.Objects("figures").Select(ParseFigure)],
            Quotes = [.. item.Objects("quotes").Select(ParseQuote)],
            Agencies = item.Strings("agencies"),
            NotesToEditors = item.String("notesToEditors"),
            LeadImage = item.Object("leadImage") is { } image ? ParseLeadImage(image) : null,
            Gallery = [.. item.Objects("gallery").Select(ParseLeadImage)],
        };
        foreach (var error in content.Validate())
        {
            // The content rules speak the recipe's key names already; a key reported above is not reported twice.
            item.FailOnce(error.Field, error.Message);
        }
        return content;
    }

    private static KeyDate ParseKeyDate(JsonObjectReader item)
    {
        item.AllowOnly("label", "from", "to");
        return new KeyDate(item.String("label", required: true) ?? "", item.Date("from", required: true), item.Date("to"));
    }

    private static Figure ParseFigure(JsonObjectReader item)
    {
        item.AllowOnly("label", "value", "unit", "period");
        return new Figure(item.String("label", required: true) ?? "", item.Number("value", required: true) ?? 0, item.String("unit"), item.String("period"));
    }

    private static Quote ParseQuote(JsonObjectReader item)
    {
        item.AllowOnly("text", "speaker", "role", "organisation");
        return new Quote(item.String("text", required: true) ?? "", item.String("speaker", required: true) ?? "", item.String("role"), item.String("organisation"));
    }

    private static LeadImage ParseLeadImage(JsonObjectReader item)
    {
        item.AllowOnly("src", "alt", "caption", "credit", "copyright");
        return new LeadImage(item.String("src", required: true) ?? "", item.String("alt", required: true) ?? "", item.String("caption"), item.String("credit"), item.String("copyright"));
    }

    private static ReleaseStatus? ParseStatus(string text) => text switch
    {
        "draft" => ReleaseStatus.Draft,
        "in-review" => ReleaseStatus.InReview,
        "approved" => ReleaseStatus.Approved,
        "published" => ReleaseStatus.Published,
        "withdrawn" => ReleaseStatus.Withdrawn,
        _ => null,
    };

    private static string? Slug(JsonObjectReader item, string key)
    {
        var value = item.String(key, required: true);
        if (value is not null && !Slugs.IsValid(value))
        {
            item.Fail(key, $"'{value}' must be 1 to 100 characters of a-z, 0-9 and single hyphens");
        }
        return value;
    }
}
