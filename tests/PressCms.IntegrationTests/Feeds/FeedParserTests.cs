using System.Diagnostics;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>Reads the served feeds with Python's feedparser, the library many real readers build on.</summary>
public sealed class FeedParserTests
{
    private const string Python = "/usr/bin/python3";

    [Theory]
    [InlineData("/feeds/releases.rss", "rss20")]
    [InlineData("/feeds/releases.atom", "atom10")]
    public async Task Should_parse_with_feedparser_without_errors(string path, string version)
    {
        RequireFeedparser();
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        var feed = await factory.Anonymous().GetStringAsync(path);
        var file = Path.Combine(Path.GetTempPath(), $"presscms-feed-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(file, feed);

        var output = await RunPythonAsync("""
            import feedparser, sys
            f = feedparser.parse(open(sys.argv[1], 'rb').read())
            print("bozo", int(bool(f.bozo)), f.get("bozo_exception", ""))
            print("version", f.version)
            e = [e for e in f.entries if e.id.endswith(":release:met-2020-05-operation-legatum")][0]
            print("id", e.id)
            print("link", e.link)
            content = e.content[0].value if "content" in e else e.summary
            print("facts", all(s in content for s in ["38", "138", "Helen Flanagan", "Every image is a crime scene", "18 to 23 May 2020"]))
            print("published", e.published_parsed[:4])
            print("entries", len(f.entries))
            """, file);

        Assert.True(output.Contains("bozo 0", StringComparison.Ordinal), output);
        Assert.True(output.Contains($"version {version}", StringComparison.Ordinal), output);
        Assert.True(output.Contains("id tag:localhost,", StringComparison.Ordinal), output);
        Assert.True(output.Contains("link http://localhost/news/operation-legatum-38-arrested", StringComparison.Ordinal), output);
        Assert.True(output.Contains("facts True", StringComparison.Ordinal), output);
        Assert.True(output.Contains("published (2020, 5, 26, 9)", StringComparison.Ordinal), output);
        File.Delete(file);
    }

    private static void RequireFeedparser()
    {
        if (File.Exists(Python) && RunPythonAsync("import feedparser", "").Result.Length >= 0 && LastExitCode == 0)
        {
            return;
        }
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail("python3-feedparser is required in CI (apt-get install python3-feedparser)");
        }
        Assert.Skip("python3-feedparser is not installed (apt-get install python3-feedparser)");
    }

    private static int LastExitCode;

    private static async Task<string> RunPythonAsync(string script, string argument)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script.Replace("\n            ", "\n", StringComparison.Ordinal));
        start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        LastExitCode = process.ExitCode;
        return output + error;
    }
}
