using System.Text.Json;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>
/// Every feed of a site set up from the default recipe, checked by the tools readers and CI trust:
/// feedparser, jing with the RFC 4287 RELAX NG schema, newsboat, and JSON Feed 1.1's required members.
/// </summary>
public sealed class FeedValidationTests
{
    // Debian's feedparser 6.0.10 (bozo, SAXParseException, no entries) and newsboat 2.21 ("XML root node is NULL",
    // 0 articles, exit 0) read no JSON Feed; JsonFeedSchemaTests and the check below cover it.
    public static TheoryData<string> XmlFeeds() => [.. FeedPaths.In("rss").Concat(FeedPaths.In("atom"))];

    public static TheoryData<string> AtomFeeds() => [.. FeedPaths.In("atom")];

    [Theory]
    [MemberData(nameof(XmlFeeds))]
    public async Task Should_parse_with_feedparser_without_errors(string path)
    {
        var python = Tool.Require("/usr/bin/python3", "python3-feedparser", "-c", "import feedparser");
        var file = await DownloadAsync(path);
        var result = await Tool.RunAsync(python, "-c", "import feedparser,sys; f=feedparser.parse(open(sys.argv[1],'rb').read()); print('bozo', int(bool(f.bozo)), f.get('bozo_exception','')); print('entries', len(f.entries)); print('version', f.version)", file);
        Assert.True(result.Output.Contains("bozo 0", StringComparison.Ordinal), result.Output);
        Assert.DoesNotContain("version \n", result.Output);
    }

    [Theory]
    [MemberData(nameof(AtomFeeds))]
    public async Task Should_be_valid_atom_by_the_rfc_4287_schema(string path)
    {
        var jing = Tool.Require("/usr/bin/jing", "jing");
        var schema = Schema();
        var file = await DownloadAsync(path);
        var result = await Tool.RunAsync(jing, "-c", schema, file);
        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Theory]
    [MemberData(nameof(XmlFeeds))]
    public async Task Should_load_in_newsboat_without_error(string path)
    {
        var newsboat = Tool.Require("/usr/bin/newsboat", "newsboat", "-v");
        var file = await DownloadAsync(path);
        var home = Directory.CreateTempSubdirectory("presscms-newsboat-").FullName;
        var urls = Path.Combine(home, "urls");
        // newsboat fetches over HTTP only; "exec:" reads the feed from a command, here the file as served.
        await File.WriteAllTextAsync(urls, $"\"exec:cat {file}\"\n");
        var cache = Path.Combine(home, "cache.db");
        var result = await Tool.RunAsync(newsboat, "-u", urls, "-c", cache, "-C", Path.Combine(home, "config"), "-x", "reload", "print-unread");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("rror", result.Output);
        Assert.Matches("^[1-9][0-9]* unread articles", result.Output.Trim());
        Directory.Delete(home, recursive: true);
    }

    public static TheoryData<string> JsonFeeds() => [.. FeedPaths.In("json")];

    [Theory]
    [MemberData(nameof(JsonFeeds))]
    public async Task Should_have_every_member_json_feed_1_1_requires(string path)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var json = JsonDocument.Parse(await factory.Anonymous().GetStringAsync(path));
        var feed = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(feed.GetProperty("title").GetString()));
        Assert.StartsWith("http://localhost/", feed.GetProperty("feed_url").GetString());
        Assert.StartsWith("http://localhost/", feed.GetProperty("home_page_url").GetString());
        var ids = new HashSet<string>();
        foreach (var item in feed.GetProperty("items").EnumerateArray())
        {
            Assert.True(ids.Add(item.GetProperty("id").GetString()!));
            Assert.StartsWith("tag:", item.GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("content_html").GetString()));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), out _));
            Assert.Matches("Z$", item.GetProperty("date_modified").GetString()!);
            Assert.All(item.GetProperty("authors").EnumerateArray(), a => Assert.True(a.TryGetProperty("name", out _)));
            Assert.All(item.GetProperty("tags").EnumerateArray(), t => Assert.Equal(JsonValueKind.String, t.ValueKind));
            Assert.Equal(JsonValueKind.Object, item.GetProperty("_presscms").ValueKind);
        }
    }

    /// <summary>RFC 4287 Appendix B, kept beside this test (a copy of shared/reference/atom.rnc) so a fresh clone can validate on its own.</summary>
    private static string Schema() => Repo.File("tests", "PressCms.IntegrationTests", "Feeds", "atom.rnc");

    private static async Task<string> DownloadAsync(string path)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        var bytes = await factory.Anonymous().GetByteArrayAsync(path);
        // Named without the query string: the file name goes into newsboat's "exec:" shell command.
        var file = Path.Combine(Path.GetTempPath(), $"presscms-feed-{Guid.NewGuid():N}{Path.GetExtension(path.Split('?')[0])}");
        await File.WriteAllBytesAsync(file, bytes);
        return file;
    }
}
