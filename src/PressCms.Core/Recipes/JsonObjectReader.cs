using PressCms.Core.Validation;
using System.Globalization;
using System.Text.Json;

namespace PressCms.Core.Recipes;

/// <summary>Reads one JSON object of a recipe, recording every problem with its key path instead of stopping at the first.</summary>
internal sealed class JsonObjectReader(JsonElement element, string path, int? step, List<RecipeError> errors)
{
    public bool IsObject => element.ValueKind == JsonValueKind.Object;

    public string Key(string name) => path.Length == 0 ? name : $"{path}.{name}";

    public void Fail(string name, string message) => errors.Add(new RecipeError(step, Key(name), message));

    public void FailOnce(string name, string message)
    {
        if (!errors.Any(e => e.Step == step && e.Key == Key(name)))
        {
            Fail(name, message);
        }
    }

    public void AllowOnly(params string[] keys)
    {
        if (!IsObject)
        {
            errors.Add(new RecipeError(step, path.Length == 0 ? "(root)" : path, "must be a JSON object"));
            return;
        }
        // The first few unknown keys are named; the rest are counted, so a body of a million
        // unknown keys costs one line, not a million copies of the allowed list.
        var unknown = 0;
        foreach (var property in element.EnumerateObject())
        {
            if (!keys.Contains(property.Name, StringComparer.Ordinal) && ++unknown <= ErrorLimits.UnknownKeysNamed)
            {
                Fail(property.Name, $"unknown key; allowed here: {string.Join(", ", keys)}");
            }
        }
        if (unknown > ErrorLimits.UnknownKeysNamed)
        {
            errors.Add(new RecipeError(step, path.Length == 0 ? "(root)" : path, ErrorLimits.UnknownKeysCounted(unknown - ErrorLimits.UnknownKeysNamed)));
        }
    }


    private JsonElement? Get(string name) =>
        IsObject && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public string? String(string name, bool required = false)
    {
        var value = Get(name);
        if (value is null)
        {
            if (required)
            {
                Fail(name, "is required");
            }
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.String)
        {
            Fail(name, "must be a string");
            return null;
        }
        if (!JsonText.IsText(value.Value))
        {
            Fail(name, JsonText.Invalid);
            return null;
        }
        var text = value.Value.GetString();
        if (PlainText.Unpublishable(text) is { } character)
        {
            // Site, taxonomy and operation names go into every feed: one such character would break them all.
            Fail(name, $"contains an invisible control character (U+{character:X4}) that no page or feed can carry");
            return null;
        }
        return text;
    }

    public decimal? Number(string name, bool required = false)
    {
        var value = Get(name);
        if (value is null)
        {
            if (required)
            {
                Fail(name, "is required");
            }
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDecimal(out var number))
        {
            Fail(name, "must be a number");
            return null;
        }
        return number;
    }

    public DateOnly? Date(string name, bool required = false)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Fail(name, $"'{text}' is not a date in the form YYYY-MM-DD");
        return null;
    }

    public DateTime? UtcInstant(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':')))
        {
            return instant.UtcDateTime;
        }
        Fail(name, $"'{text}' is not an ISO 8601 instant with a time zone, e.g. 2020-05-26T09:00:00Z");
        return null;
    }

    public JsonObjectReader? Object(string name)
    {
        var value = Get(name);
        return value is null ? null : new JsonObjectReader(value.Value, Key(name), step, errors);
    }

    public IReadOnlyList<JsonObjectReader> Objects(string name, bool required = false)
    {
        var value = Get(name);
        if (value is null)
        {
            if (required)
            {
                Fail(name, "is required");
            }
            return [];
        }
        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            Fail(name, "must be an array");
            return [];
        }
        return [.. value.Value.EnumerateArray().Select((item, i) => new JsonObjectReader(item, $"{Key(name)}[{i}]", step, errors))];
    }

    public IReadOnlyList<string> Strings(string name)
    {
        var value = Get(name);
        if (value is null)
        {
            return [];
        }
        if (value.Value.ValueKind != JsonValueKind.Array || value.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            Fail(name, "must be an array of strings");
            return [];
        }
        if (value.Value.EnumerateArray().Any(v => !JsonText.IsText(v)))
        {
            Fail(name, JsonText.Invalid);
            return [];
        }
        if (value.Value.EnumerateArray().Select(v => PlainText.Unpublishable(v.GetString())).FirstOrDefault(c => c is not null) is { } bad)
        {
            Fail(name, $"contains an invisible control character (U+{bad:X4}) that no page or feed can carry");
            return [];
        }
        return [.. value.Value.EnumerateArray().Select(v => v.GetString()!)];
    }
}
