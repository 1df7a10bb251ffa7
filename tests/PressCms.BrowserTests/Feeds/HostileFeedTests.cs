using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PressCms.BrowserTests.Infrastructure;

namespace PressCms.BrowserTests.Feeds;

[Collection(BrowserCollection.Name)]
public sealed partial class HostileFeedTests(NewsroomBrowser browser)
{
    private static readonly string[] Formats = ["rss", "atom", "json"];

    [Fact]
    public async Task Should_run_nothing_typed_into_a_release_in_any_feed_element_a_reader_renders_as_html()
    {
        await using var context = await browser.NewContextAsync();
        await using var reader = await ReaderPage.OpenAsync(context);
        var payloads = HostileCorpus.Payloads;
        var clock = Stopwatch.StartNew();
        await AssertTheReaderSeesWhatRunsAsync(reader, payloads);
        Log($"harness checked in {clock.Elapsed.TotalSeconds:F1} s");

        await using var site = new BrowserNewsroom();
        await site.SetUpAsync("empty");
        await HostileReleases.PublishAsync(site, payloads);
        Log($"{payloads.Count} releases published in {clock.Elapsed.TotalSeconds:F1} s");
        var fields = await ReadEveryFeedAsync(site, payloads);
        AssertEveryReleaseWasRead(fields, payloads.Count);
        Log($"{fields.Count} html elements read in {clock.Elapsed.TotalSeconds:F1} s");

        // The same text in several elements (content:encoded, Atom content, content_html) is rendered once.
        var texts = fields.GroupBy(f => f.Html, StringComparer.Ordinal).ToArray();
        var htmls = texts.Select(t => t.Key).ToArray();
        // Without a "<" a text is only text to an HTML parser, in a document of its own or not, so
        // only texts with one are rendered as documents (each costs a frame); every text is rendered in a page.
        var markup = htmls.Select((html, i) => (Html: html, Index: i)).Where(t => t.Html.Contains('<', StringComparison.Ordinal)).ToArray();
        var asDocuments = (await reader.RenderAsDocumentsAsync([.. markup.Select(t => t.Html)])).Select(f => f with { Index = markup[f.Index].Index }).ToArray();
        Log($"{htmls.Length} distinct texts, {markup.Length} with markup rendered as documents in {clock.Elapsed.TotalSeconds:F1} s");
        var (inPage, shown) = await reader.RenderInPageAsync(htmls);
        Log($"and in a page in {clock.Elapsed.TotalSeconds:F1} s");

        var findings = asDocuments.Select(f => (Finding: f, How: "as a document")).Concat(inPage.Select(f => (Finding: f, How: "in a page"))).ToArray();
        int[] PayloadsWhere(Func<Finding, bool> which) =>
            [.. findings.Where(f => which(f.Finding)).SelectMany(f => texts[f.Finding.Index].Select(PayloadOf)).OfType<int>().Distinct()];
        var ran = PayloadsWhere(f => !f.What.StartsWith("armed", StringComparison.Ordinal));
        var armed = PayloadsWhere(f => f.What.StartsWith("armed", StringComparison.Ordinal)).Except(ran).ToArray();
        var problems = findings
            .SelectMany(f => texts[f.Finding.Index].Select(field => (Payload: PayloadOf(field), Line: $"payload {Describe(payloads, field)}: {f.Finding.What} {f.How} in {field}")))
            .OrderBy(p => p.Payload).Select(p => p.Line).Distinct()
            .Concat(MisreadTexts(texts, shown, payloads))
            .ToArray();
        Assert.True(problems.Length == 0,
            $"{ran.Length} of {payloads.Count} payloads ran and {armed.Length} more lay armed for a click; {problems.Length} problems:\n" + string.Join("\n", problems.Take(80)));
    }

    /// <summary>Without this the test could pass by never running anything: raw markup must be seen to run, by the right text.</summary>
    private static async Task AssertTheReaderSeesWhatRunsAsync(ReaderPage reader, IReadOnlyList<string> payloads)
    {
        string[] canaries = ["Fish & chips", "<img src=x onerror=window.__pwned()>", "<b>bold</b> text", "<script>alert(1)</script>", "<a href=\"javascript:alert(1)\">x</a>"];

        var asDocuments = await reader.RenderAsDocumentsAsync(canaries);
        var (inPage, shown) = await reader.RenderInPageAsync(canaries);

        Assert.Equal([1, 3], asDocuments.Select(f => f.Index).Distinct().Order());
        Assert.Equal([1, 3], inPage.Where(f => !f.What.StartsWith("armed", StringComparison.Ordinal)).Select(f => f.Index).Distinct().Order());
        Assert.Contains(inPage, f => f.Index == 4 && f.What.StartsWith("armed", StringComparison.Ordinal));
        Assert.DoesNotContain(inPage, f => f.Index is 0 or 2);
        Assert.Equal(["Fish & chips", "bold text"], [shown[0], shown[2]]);

        // And the corpus is hostile: rendered as typed, without the feeds' encoding, much of it runs.
        var raw = await reader.RenderAsDocumentsAsync([.. payloads.Select(HostileReleases.Text)], locate: false);
        var ranRaw = raw.Select(f => f.Index).Distinct().Count();
        Log($"{ranRaw} of {payloads.Count} payloads run when rendered raw as documents");
        Assert.True(ranRaw >= payloads.Count / 2, $"only {ranRaw} of {payloads.Count} raw payloads ran: the harness or the corpus is broken");
    }

    /// <summary>Text that must read exactly as the officer typed it: a standfirst in RSS description, and a headline not written as HTML entities.</summary>
    private static IEnumerable<string> MisreadTexts(IGrouping<string, HtmlField>[] texts, IReadOnlyList<string> shown, IReadOnlyList<string> payloads)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            foreach (var field in texts[i].Where(f => f.ReleaseId is not null))
            {
                var payload = payloads[PayloadOf(field)!.Value];
                var typed = field.Element switch
                {
                    "RSS item description" => HostileReleases.Text(payload).Trim(),
                    "RSS item title" when !EntityLike().IsMatch(payload) => HostileReleases.Headline(payload).Trim(),
                    _ => null,
                };
                if (typed is not null && Lines(shown[i]) != Lines(typed))
                {
                    yield return $"{field} reads as {JsonSerializer.Serialize(shown[i])}, typed {JsonSerializer.Serialize(typed)}";
                }
            }
        }
    }

    private static void AssertEveryReleaseWasRead(List<HtmlField> fields, int count)
    {
        foreach (var format in Formats)
        {
            var read = fields.Where(f => Path.GetExtension(f.Feed.Split('?')[0]) == "." + format).Select(f => f.ReleaseId).OfType<string>().ToHashSet();
            var missing = Enumerable.Range(0, count).Select(HostileReleases.Id).Where(id => !read.Contains(id)).ToArray();
            Assert.True(missing.Length == 0, $"{format}: {missing.Length} releases never seen, first {missing.FirstOrDefault()}");
        }
    }

    /// <summary>
    /// The HTML elements of every feed the releases appear in: the site-wide feeds with all their
    /// archive pages, and each release's own topic feed, read while the newsroom bears the payload
    /// as its name, since the newsroom's and the topic's names head each channel. (JSON Feed has no
    /// channel element that is HTML.)
    /// </summary>
    private static async Task<List<HtmlField>> ReadEveryFeedAsync(BrowserNewsroom site, IReadOnlyList<string> payloads)
    {
        using var client = site.CreateClient();
        var fields = new List<HtmlField>();
        for (var i = 0; i < payloads.Count; i++)
        {
            await HostileReleases.RenameAsync(site, payloads[i]);
            fields.AddRange(await ReadAsync(client, HostileReleases.TopicFeed(i, "rss"), archives: false));
            fields.AddRange(await ReadAsync(client, HostileReleases.TopicFeed(i, "atom"), archives: false));
        }
        await HostileReleases.RenameAsync(site, "Hostile newsroom");
        foreach (var format in Formats)
        {
            fields.AddRange(await ReadAsync(client, $"/feeds/releases.{format}", archives: true));
        }
        return fields;
    }

    /// <summary>The elements readers render as HTML in a feed and, with <paramref name="archives"/>, in every archive page behind it.</summary>
    private static async Task<List<HtmlField>> ReadAsync(HttpClient client, string path, bool archives)
    {
        var fields = new List<HtmlField>();
        for (var at = path; at is not null;)
        {
            using var response = await client.GetAsync(at);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{at}: {(int)response.StatusCode} {body}");
            string? older;
            if (at.Contains(".json", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(body);
                fields.AddRange(HtmlElements.InJson(json.RootElement, at));
                older = json.RootElement.TryGetProperty("next_url", out var next) ? next.GetString() : null;
            }
            else
            {
                var xml = XDocument.Parse(body);
                fields.AddRange(at.Contains(".rss", StringComparison.Ordinal) ? HtmlElements.InRss(xml, at) : HtmlElements.InAtom(xml, at));
                older = HtmlElements.OlderPage(xml);
            }
            at = archives && older is not null ? new Uri(older).PathAndQuery : null;
        }
        return fields;
    }

    private static int? PayloadOf(HtmlField field) =>
        HostileId().Match(field.ReleaseId ?? field.Feed) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string Describe(IReadOnlyList<string> payloads, HtmlField field) =>
        PayloadOf(field) is { } index ? $"{index}: {JsonSerializer.Serialize(payloads[index])}" : "none";

    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    [GeneratedRegex("hostile-(\\d{3})")]
    private static partial Regex HostileId();

    // An ampersand that starts a character reference: an HTML reader shows "&lt;" typed in a title as "<".
    [GeneratedRegex("&[#A-Za-z]")]
    private static partial Regex EntityLike();
}
