using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>
/// Sends probes and keeps everything wrong with their answers: a 5xx, an exception out of the host,
/// a timeout, an Error log written while handling it, or a success where the input was plainly bad.
/// <see cref="AssertNone"/> then reports them all at once, one line per request:
/// "(caller) METHOD url [headers] body … -> status | logged: exception [top frames]".
/// </summary>
public sealed partial class Findings(ServerErrorLog log)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, string> problems = [];
    private readonly Dictionary<string, string> probes = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public int Sent => probes.Count;

    /// <summary>Probes the server itself refused before the app saw them.</summary>
    public int RefusedByServer { get; private set; }

    public Task<HttpResponseMessage?> GetAsync(Caller caller, string url) => SendAsync(caller, new HttpRequestMessage(HttpMethod.Get, url));

    /// <param name="expectRefusal">The input is bad beyond doubt (no antiforgery token, no bearer token, broken JSON): anything but 4xx is a finding.</param>
    public async Task<HttpResponseMessage?> SendAsync(Caller caller, HttpRequestMessage request, bool expectRefusal = false)
    {
        var id = (probes.Count + 1).ToString(CultureInfo.InvariantCulture);
        probes[id] = $"({caller.Name}) " + await DescribeAsync(request);
        request.Headers.TryAddWithoutValidation(RequestTagging.ProbeHeader, id);
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            var response = await caller.Http.SendAsync(request, timeout.Token);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                problems[id] = status.ToString(CultureInfo.InvariantCulture);
            }
            else if (expectRefusal && status < 400)
            {
                problems[id] = $"{status} (expected a 4xx refusal)";
            }
            return response;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            problems[id] = $"no answer within {Patience.TotalSeconds:0} s";
        }
        catch (InvalidOperationException ex) when (ex.StackTrace?.Contains("PathString.FromUriComponent", StringComparison.Ordinal) == true)
        {
            // The test server decodes the path as Kestrel does and throws where Kestrel answers 400
            // (a %00 in the path): the request never reaches the app, so it is not the app's finding.
            RefusedByServer++;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            problems[id] = $"threw out of the host: {ex.GetType().FullName}: {FirstLine(ex.Message)} {StackFrames.Of(ex)}";
        }
        return null;
    }

    /// <summary>Fails with every finding, one line per request, with the errors the server logged while handling it.</summary>
    public void AssertNone()
    {
        var logged = log.Entries.GroupBy(e => e.Request).ToDictionary(g => g.Key, g => g.ToList());
        var lines = new List<string>();
        foreach (var id in problems.Keys.Union(logged.Keys).OrderBy(k => int.TryParse(k, out var n) ? n : int.MaxValue))
        {
            var what = probes.TryGetValue(id, out var described) ? described : $"(not a probe) {id}";
            var status = problems.TryGetValue(id, out var problem) ? problem : "below 500, but logged an error";
            // The exception handler's entry carries the exception; others (the failed command, the failed query) repeat it.
            var errors = logged.TryGetValue(id, out var entries) ? entries.OrderByDescending(e => e.Exception is not null).Take(1) : [];
            lines.Add($"{what} -> {status}{string.Concat(errors.Select(e => " | logged " + Abbreviate(e.Describe(), 1200)))}");
        }
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Sent} probes in {clock.Elapsed.TotalSeconds:0.0} s ({RefusedByServer} refused by the server before the app), {lines.Count} findings");
        Assert.True(lines.Count == 0, $"{lines.Count} findings in {Sent} probes:\n" + string.Join("\n", lines));
    }

    private static async Task<string> DescribeAsync(HttpRequestMessage request)
    {
        var what = $"{request.Method} {Abbreviate(request.RequestUri?.OriginalString ?? "", 300)}";
        var headers = request.Headers.Where(h => h.Key is not "Cookie").Select(h => $"{h.Key}: {string.Join(", ", h.Value)}").ToList();
        if (headers.Count > 0)
        {
            what += $" [{Abbreviate(string.Join("; ", headers), 300)}]";
        }
        if (request.Content is { } content)
        {
            var body = content is MultipartContent or StringContent or FormUrlEncodedContent or ByteArrayContent
                ? System.Text.Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync())
                : $"({content.GetType().Name})";
            if (content is FormUrlEncodedContent)
            {
                // Shown decoded, so a finding reads "Input.Body=> > > …" rather than "%3E+%3E+".
                body = System.Net.WebUtility.UrlDecode(body);
            }
            what += $" body {content.Headers.ContentType?.ToString() ?? "(no content type)"} \"{Abbreviate(Tokens().Replace(body, "(token)"), 400)}\"";
        }
        return what;
    }

    /// <summary>Runs of a short piece ("x", "> ") become "x×5000", and the whole is cut to <paramref name="max"/>, so one finding stays one line.</summary>
    public static string Abbreviate(string text, int max)
    {
        var head = text.Length > 200_000 ? text[..200_000] : text;
        var shorter = Runs().Replace(head, m => $"({m.Groups[1].Value})×{m.Length / m.Groups[1].Length}").ReplaceLineEndings("⏎");
        var total = text.Length > head.Length ? $", {text.Length} in all" : "";
        return shorter.Length <= max && total.Length == 0 ? shorter : shorter[..Math.Min(max, shorter.Length)] + $"…({shorter.Length} chars{total})";
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    [GeneratedRegex(@"(.{1,4}?)\1{19,}", RegexOptions.Singleline)]
    private static partial Regex Runs();

    // Antiforgery tokens and cookies are long and say nothing about the finding.
    [GeneratedRegex(@"CfDJ8[A-Za-z0-9_\-]+")]
    private static partial Regex Tokens();
}
