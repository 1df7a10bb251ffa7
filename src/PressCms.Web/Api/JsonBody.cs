using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PressCms.Core.Validation;

namespace PressCms.Web.Api;

/// <summary>
/// A small JSON request body read by hand, so that every mistake (bad JSON, unknown key, wrong
/// type) is reported at once and by key, never as a bare 400 or a 500 from model binding.
/// </summary>
internal sealed class JsonBody
{
    private readonly Dictionary<string, List<string>> errors = [];
    private readonly JsonElement root;

    private JsonBody(JsonElement root) => this.root = root;

    /// <summary>The body as text, no longer than the endpoint takes (413 past it).</summary>
    public static Task<string> ReadTextAsync(HttpRequest request, CancellationToken ct) => Security.BodyLimits.ReadAsync(request, ct);

    /// <summary>An empty body is an empty object: decisions whose members are all optional need none.</summary>
    public static async Task<JsonBody> ReadAsync(HttpRequest request, params string[] allowed)
    {
        var text = await ReadTextAsync(request, request.HttpContext.RequestAborted);
        JsonBody body;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
            body = new JsonBody(document.RootElement.Clone());
        }
        catch (JsonException ex)
        {
            body = new JsonBody(default);
            body.Fail("$", $"not valid JSON: {ex.Message}");
            return body;
        }
        body.AllowOnly(body.root, "", allowed);
        return body;
    }

    public ProblemHttpResult? Problem() =>
        errors.Count == 0 ? null : ApiProblems.Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

    public string? String(string key)
    {
        var value = Get(root, key);
        if (value is { ValueKind: not JsonValueKind.String })
        {
            Fail(key, "must be a string");
            return null;
        }
        if (value is { } text && !JsonText.IsText(text))
        {
            Fail(key, JsonText.Invalid);
            return null;
        }
        return value?.GetString();
    }

    /// <summary>An ISO 8601 instant that names its offset ("Z" or "+01:00"); a bare local time would be ambiguous.</summary>
    public DateTime? Instant(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':')))
        {
            return instant.UtcDateTime;
        }
        Fail(key, $"'{text}' is not an ISO 8601 instant with a time zone, e.g. 2026-12-01T09:00:00Z");
        return null;
    }

    /// <summary>The true/false members of an object; a missing member is false.</summary>
    public IReadOnlyDictionary<string, bool> Flags(string key, params string[] names)
    {
        var flags = names.ToDictionary(n => n, _ => false);
        if (Get(root, key) is not { } value)
        {
            return flags;
        }
        if (!AllowOnly(value, key, names))
        {
            return flags;
        }
        foreach (var name in names)
        {
            var flag = Get(value, name);
            if (flag is { ValueKind: JsonValueKind.True or JsonValueKind.False })
            {
                flags[name] = flag.Value.GetBoolean();
            }
            else if (flag is not null)
            {
                Fail($"{key}.{name}", "must be true or false");
            }
        }
        return flags;
    }

    private bool AllowOnly(JsonElement element, string path, string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Fail(path.Length == 0 ? "$" : path, $"must be a JSON object with the members {string.Join(", ", allowed)}");
            return false;
        }
        var unknown = 0;
        foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal)))
        {
            if (++unknown <= ErrorLimits.UnknownKeysNamed)
            {
                Fail(path.Length == 0 ? property.Name : $"{path}.{property.Name}", $"unknown key; allowed here: {string.Join(", ", allowed)}");
            }
        }
        if (unknown > ErrorLimits.UnknownKeysNamed)
        {
            Fail(path.Length == 0 ? "$" : path, ErrorLimits.UnknownKeysCounted(unknown - ErrorLimits.UnknownKeysNamed));
        }
        return true;
    }

    private static JsonElement? Get(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private void Fail(string key, string message)
    {
        if (!errors.TryGetValue(key, out var messages))
        {
            errors[key] = messages = [];
        }
        messages.Add(message);
    }
}
