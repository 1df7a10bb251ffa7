using System.Text;
using System.Text.Json.Nodes;
using PressCms.IntegrationTests.Api;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>JSON bodies for the API: ones no endpoint can accept, and release bodies that are well formed but odd in one member.</summary>
public static class ApiBodies
{
    /// <summary>Bodies that are not a JSON object at all, or not JSON, or an object with a member no endpoint knows: every write must refuse them with 4xx.</summary>
    public static IEnumerable<(string Name, HttpContent Body)> Refusable() =>
    [
        ("unclosed object", Json("{")),
        ("bare word", Json("nul")),
        ("null", Json("null")),
        ("array", Json("[]")),
        ("array of objects", Json("[{}]")),
        ("string", Json("\"text\"")),
        ("number", Json("123")),
        ("true", Json("true")),
        ("unknown member", Json("""{ "nope": 1 }""")),
        ("trailing garbage", Json("{} {}")),
        ("comments", Json("""{ /* comment */ }""")),
        ("trailing comma", Json("""{ "comment": "x", }""")),
        ("nested arrays 10,000 deep", Json(new string('[', 10_000) + new string(']', 10_000))),
        ("nested objects 1,000 deep", Json(string.Concat(Enumerable.Repeat("{\"a\":", 1_000)) + "1" + new string('}', 1_000))),
        ("unterminated string", Json("{\"comment\": \"abc")),
        ("invalid UTF-8", Bytes([0x7B, 0xFF, 0xFE, 0x22, 0x7D], "application/json")),
        ("NUL bytes", Bytes([0x00, 0x00, 0x00], "application/json")),
        ("UTF-16 with BOM", Bytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{ \"nope\": 1 }")], "application/json; charset=utf-16")),
        ("5 MB of whitespace then garbage", Json(new string(' ', 5 * 1024 * 1024) + "x")),
    ];

    /// <summary>Bodies for decisions: well formed, odd in type, size or content.</summary>
    public static IReadOnlyList<string> Decisions =>
    [
        "",
        "{}",
        """{ "comment": "x", "reason": "x", "correction": "x" }""",
        """{ "comment": 123, "reason": [], "correction": {} }""",
        """{ "comment": null, "reason": null, "correction": null, "publishAtUtc": null, "checklist": null }""",
        $$"""{ "comment": "{{new string('c', HostileValues.Huge)}}", "reason": "{{new string('r', HostileValues.Huge)}}" }""",
        """{ "comment": "\u0000\u0001\ud800", "reason": "\udfff lone", "correction": "\ud83d" }""",
        """{ "comment": "x", "comment": "y", "reason": "x", "reason": "y" }""",
        """{ "checklist": [] }""",
        """{ "checklist": "true" }""",
        """{ "checklist": { "contempt": "true", "safeguarding": 1, "quotes": null, "images": {} } }""",
        """{ "checklist": { "contempt": true, "safeguarding": true, "quotes": true, "images": true, "extra": true } }""",
        """{ "checklist": { "contempt": true, "contempt": false, "safeguarding": true, "quotes": true, "images": true } }""",
        ApiClients.AllChecked,
        """{ "publishAtUtc": "9999-12-31T23:59:59Z" }""",
        """{ "publishAtUtc": "0001-01-01T00:00:00Z" }""",
        """{ "publishAtUtc": "0001-01-01T00:00:00+14:00" }""",
        """{ "publishAtUtc": "9999-12-31T23:59:59-14:00" }""",
        """{ "publishAtUtc": "2027-02-30T09:00:00Z" }""",
        """{ "publishAtUtc": "2027-01-01T09:00:00+99:00" }""",
        """{ "publishAtUtc": "2027-01-01T09:00Z" }""",
        """{ "publishAtUtc": "2027-01-01T09:00:00.123456789Z" }""",
        """{ "publishAtUtc": "+002027-01-01T09:00:00Z" }""",
        """{ "publishAtUtc": "2027-01-01" }""",
        """{ "publishAtUtc": 1798794000 }""",
        """{ "publishAtUtc": "", "correction": "" }""",
        """{ "publishAtUtc": "2027-01-01T09:00:00Z", "correction": "  " }""",
    ];

    /// <summary>Instants to schedule a publication at, each on a fresh approved release.</summary>
    public static IReadOnlyList<string> PublishTimes =>
    [
        "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59-14:00", "9999-12-31T10:00:00+14:00",
        "2200-01-01T00:00:00Z", "2026-11-28T09:00:00Z", "2026-11-28T09:00:01Z", "2026-11-28T08:59:59Z", "0001-01-01T00:00:00Z",
    ];

    /// <summary>Well-formed release bodies, each with one member odd in type, range or size; slugs are new each time so good ones are saved.</summary>
    public static IEnumerable<(string Name, string Json)> Releases(Func<string> slug)
    {
        (string, Action<JsonObject>)[] changes =
        [
            ("figure value as string", o => o["figures"] = Parse("""[ { "label": "People", "value": "2" } ]""")),
            ("figure value huge", o => o["figures"] = Parse("""[ { "label": "People", "value": 79228162514264337593543950335 } ]""")),
            ("figure value beyond decimal", o => o["figures"] = Parse("""[ { "label": "People", "value": 79228162514264337593543950336 } ]""")),
            ("figure value 1e308", o => o["figures"] = Parse("""[ { "label": "People", "value": 1e308 } ]""")),
            ("figure value tiny", o => o["figures"] = Parse("""[ { "label": "People", "value": 0.0000000000000000000000000001 } ]""")),
            ("figure value negative zero", o => o["figures"] = Parse("""[ { "label": "People", "value": -0 } ]""")),
            ("key date 31 February", o => o["keyDates"] = Parse("""[ { "label": "x", "from": "2027-02-31" } ]""")),
            ("key date year 0", o => o["keyDates"] = Parse("""[ { "label": "x", "from": "0000-01-01" } ]""")),
            ("key date year 99999", o => o["keyDates"] = Parse("""[ { "label": "x", "from": "99999-01-01" } ]""")),
            ("key dates at the ends of time", o => o["keyDates"] = Parse("""[ { "label": "x", "from": "0001-01-01", "to": "9999-12-31" } ]""")),
            ("key date ends before it starts", o => o["keyDates"] = Parse("""[ { "label": "x", "from": "2027-01-02", "to": "2027-01-01" } ]""")),
            ("categories repeated", o => o["categories"] = Parse("""[ "appeals", "appeals" ]""")),
            ("categories not strings", o => o["categories"] = Parse("""[ 1, null, {} ]""")),
            ("unknown category", o => o["categories"] = Parse("""[ "no-such-category" ]""")),
            ("quotes an object", o => o["quotes"] = Parse("""{ "text": "x" }""")),
            ("lead image an array", o => o["leadImage"] = Parse("[]")),
            ("gallery of nulls", o => o["gallery"] = Parse("[ null, null ]")),
            ("id 5,000 characters", o => o["id"] = new string('a', HostileValues.Long)),
            ("id with a path", o => o["id"] = "../../etc/passwd"),
            ("slug in capitals", o => o["slug"] = "UPPER-CASE"),
            ("slug 101 characters", o => o["slug"] = new string('a', 101)),
            ("headline 100,000 characters", o => o["headline"] = new string('h', HostileValues.Huge)),
            ("body 5 MB", o => o["body"] = new string('b', 5 * 1024 * 1024)),
            ("kind a number", o => o["kind"] = 5),
            ("kind unknown", o => o["kind"] = "nope"),
            ("headline null", o => o["headline"] = null),
            ("every member null", o =>
            {
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    o[key] = null;
                }
            }),
            ("status and publishAtUtc given", o => { o["status"] = "published"; o["publishAtUtc"] = "2020-01-01T00:00:00Z"; }),
            ("agencies blank", o => o["agencies"] = Parse("""[ "", " " ]""")),
            ("unit, area and operation unknown", o => { o["unit"] = "nope"; o["area"] = "../x"; o["operation"] = ""; }),
        ];
        foreach (var (name, change) in changes)
        {
            var release = (JsonObject)JsonNode.Parse(ApiClients.Release(slug()))!;
            change(release);
            yield return (name, release.ToJsonString());
        }
        var template = ApiClients.Release(slug());
        yield return ("headline with a lone surrogate", template.Replace("Witnesses sought", "Witnesses \\ud800 sought", StringComparison.Ordinal));
        yield return ("body with a lone low surrogate", template.Replace("Officers were called", "Officers \\udfff were called", StringComparison.Ordinal));
        yield return ("slug given twice", template.Replace("\"kind\"", $"\"slug\": \"{slug()}\", \"kind\"", StringComparison.Ordinal));
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static ByteArrayContent Bytes(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        return content;
    }

    private static JsonNode? Parse(string json) => JsonNode.Parse(json);
}
