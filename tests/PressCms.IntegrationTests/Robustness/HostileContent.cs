using System.Text.Json.Nodes;
using PressCms.IntegrationTests.Api;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>Release bodies the API accepts, each odd in what it says: control characters, deep Markdown, sheer size, markup, the ends of time.</summary>
public static class HostileContent
{
    public static IEnumerable<(string Name, string Json)> Releases(string mediaId)
    {
        (string, Action<JsonObject>)[] changes =
        [
            ("control characters", o =>
            {
                o["headline"] = "Control \u0001\u0002\u0007\u000B\u000C\u001B characters";
                o["standfirst"] = "Non-characters \uFFFE\uFFFF and \u0000";
                o["body"] = "Body with \u0000 NUL, \u0008 backspace and \u001F unit separator";
                o["notesToEditors"] = "\u0005 notes";
                o["agencies"] = new JsonArray("\u000E agency");
                o["quotes"] = Parse("""[ { "text": "\u0003 said", "speaker": "\u0002 DI Smith" } ]""");
                o["figures"] = Parse("""[ { "label": "\u0004 people", "value": 2, "unit": "\u0006", "period": "\u0007" } ]""");
                o["keyDates"] = Parse("""[ { "label": "\u0001 date", "from": "2026-11-27" } ]""");
            }),
            ("markdown quotes 5,000 deep", o => o["body"] = string.Concat(Enumerable.Repeat("> ", 5_000)) + "deep"),
            ("markdown brackets 20,000 deep", o => o["body"] = new string('[', 20_000) + "x" + new string(']', 20_000)),
            ("markdown emphasis 33,000 times", o => o["body"] = string.Concat(Enumerable.Repeat("*a_", 33_000))),
            ("markdown lists 1,000 deep", o => o["body"] = string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- item\n"))),
            ("markdown table 2,000 columns", o => o["body"] = "|" + string.Concat(Enumerable.Repeat("a|", 2_000)) + "\n|" + string.Concat(Enumerable.Repeat("-|", 2_000)) + "\n|" + string.Concat(Enumerable.Repeat("1|", 2_000))),
            ("markdown links and html", o => o["body"] = "<iframe src=javascript:alert(1)></iframe> [x](javascript:alert(1)) ![x](data:image/png;base64,AAA) <a href=\"x\" onclick=\"y\">z</a> ]]> {{ site.name }} {% raw %}"),
            ("the longest body allowed", o => o["body"] = string.Concat(Enumerable.Repeat("All work and no play. ", 100_000 / 22))),
            ("as many figures, quotes and dates as allowed", o =>
            {
                o["figures"] = new JsonArray([.. Enumerable.Range(0, 50).Select(i => Parse($$"""{ "label": "Figure {{i}}", "value": {{i}} }"""))]);
                o["quotes"] = new JsonArray([.. Enumerable.Range(0, 50).Select(i => Parse($$"""{ "text": "Quote {{i}}", "speaker": "Speaker {{i}}" }"""))]);
                o["keyDates"] = new JsonArray([.. Enumerable.Range(0, 50).Select(i => Parse($$"""{ "label": "Date {{i}}", "from": "2026-01-01" }"""))]);
            }),
            ("right-to-left, emoji and combining marks", o =>
            {
                o["headline"] = "مرحبا \u202Eevil\u202C 😀👮‍♀️ Z̷̢̛a̴l̵g̸o̶ \u2028\u2029";
                o["standfirst"] = string.Concat(Enumerable.Repeat("\u0301", 500));
            }),
            ("markup in every text", o =>
            {
                o["headline"] = "<script>alert(1)</script> ]]> {{ site.name }} {% raw %} &amp; \"'";
                o["standfirst"] = "</title><script>alert(1)</script>";
                o["notesToEditors"] = "]]><x/>";
                o["quotes"] = Parse("""[ { "text": "<b>bold</b>", "speaker": "]]>", "role": "{{ x }}", "organisation": "{% if %}" } ]""");
            }),
            ("numbers and dates at the extremes", o =>
            {
                o["figures"] = Parse("""[ { "label": "Huge", "value": 79228162514264337593543950335 }, { "label": "Tiny", "value": 0.0000000000000000000000000001 }, { "label": "Zero", "value": 0 } ]""");
                o["keyDates"] = Parse("""[ { "label": "Always", "from": "0001-01-01", "to": "9999-12-31" } ]""");
            }),
            ("images from the library, fifty times", o =>
            {
                o["leadImage"] = Parse($$"""{ "src": "/media/{{mediaId}}", "alt": "x", "caption": "<b>c</b>", "credit": "]]>" }""");
                o["gallery"] = new JsonArray([.. Enumerable.Range(0, 50).Select(_ => Parse($$"""{ "src": "/media/{{mediaId}}", "alt": "x" }"""))]);
            }),
            ("images that are not the library's", o =>
            {
                o["leadImage"] = Parse("""{ "src": "javascript:alert(1)", "alt": "x" }""");
                o["gallery"] = Parse("""[ { "src": "http://evil.example/x.jpg", "alt": "x" }, { "src": "/media/nope", "alt": "x" }, { "src": "/media/../../etc/passwd", "alt": "x" }, { "src": "/media/", "alt": "x" } ]""");
            }),
            ("every category, a unit, an area and an operation", o =>
            {
                o["categories"] = Parse("""[ "child-protection", "appeals", "missing-people", "wanted", "violent-crime" ]""");
                o["unit"] = "ocsae";
                o["operation"] = "operation-legatum";
            }),
            ("slug of 100 characters", o => o["slug"] = new string('s', 100)),
        ];
        var count = 0;
        foreach (var (name, change) in changes)
        {
            var release = (JsonObject)JsonNode.Parse(ApiClients.Release("hostile-content-" + ++count))!;
            change(release);
            yield return (name, release.ToJsonString());
        }
    }

    private static JsonNode? Parse(string json) => JsonNode.Parse(json);
}
