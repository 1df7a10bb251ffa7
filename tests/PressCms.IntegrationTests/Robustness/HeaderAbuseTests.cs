using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>Every GET route, as a reader and as an administrator, with each odd header: validators, encodings, ranges, hosts, cookies.</summary>
public abstract class HeaderAbuseTests
{
    /// <summary>The database the swept newsroom runs on; each provider has its own class below.</summary>
    protected abstract string Provider { get; }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("admin")]
    public async Task Should_answer_every_get_route_with_odd_headers_without_a_server_error(string who)
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var caller = who == "admin" ? await newsroom.AdminAsync() : new Caller("anonymous", newsroom.Bare());
        var findings = newsroom.Findings;
        // Media renditions other than the card are probed too: they are the files Range requests are for.
        var extra = new[] { $"/media/{newsroom.MediaId}/400.jpg", $"/media/{newsroom.MediaId}/400.webp", "/feeds/releases.json", "/feeds/releases.atom" };

        foreach (var url in (await RouteCatalog.ReadAsync(newsroom.Services)).Where(r => r.Answers("GET"))
            .SelectMany(r => RouteSweepTests.RealisticUrls(newsroom, r)).Concat(extra).Distinct())
        {
            foreach (var (name, value) in HostileHeaders.All)
            {
                foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
                {
                    var request = new HttpRequestMessage(method, url);
                    if (!request.Headers.TryAddWithoutValidation(name, value))
                    {
                        request.Content = new ByteArrayContent([]);
                        Assert.True(request.Content.Headers.TryAddWithoutValidation(name, value), $"{name} is neither a request nor a content header");
                    }
                    await findings.SendAsync(caller, request);
                }
            }
        }

        findings.AssertNone();
    }
}

public sealed class HeaderAbuseTestsOnSqlite : HeaderAbuseTests
{
    protected override string Provider => Database.Sqlite;
}

/// <summary>PostgreSQL refuses what SQLite lets through (NUL in text, values past a column's length, half a surrogate pair).</summary>
public sealed class HeaderAbuseTestsOnPostgres : HeaderAbuseTests
{
    protected override string Provider => Database.Postgres;
}
