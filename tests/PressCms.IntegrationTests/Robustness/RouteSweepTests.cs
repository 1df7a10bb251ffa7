using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>Every GET route the app maps, asked for with hostile route values and odd query strings, by a reader and by an administrator.</summary>
public abstract class RouteSweepTests
{
    /// <summary>The database the swept newsroom runs on; each provider has its own class below.</summary>
    protected abstract string Provider { get; }

    /// <summary>Paths no endpoint maps but the static file middleware and the fallback answer.</summary>
    private static readonly string[] Unmapped =
    [
        "/themes/Newsroom/assets/..%2F..%2Ftheme.json",
        "/themes/Newsroom/assets/%00",
        "/themes/..%2F..%2Fetc/assets/passwd",
        "/themes/Newsroom/layouts/theme.liquid",
        "/admin-assets/..%2Fappsettings.json",
        "/admin-assets/" + new string('a', HostileValues.Long),
        "/favicon.ico",
        "/" + new string('a', HostileValues.Long),
        "/%00",
        "/%FF",
        "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/" + string.Concat(Enumerable.Repeat("x/", 500)),
        "/appsettings.json",
        "/.git/config",
        "/setup/..%2Fadmin",
    ];

    [Theory]
    [InlineData("anonymous")]
    [InlineData("admin")]
    public async Task Should_answer_every_get_route_with_hostile_route_values_without_a_server_error(string who)
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var caller = who == "admin" ? await newsroom.AdminAsync() : newsroom.Anonymous();
        var findings = newsroom.Findings;

        foreach (var route in (await RouteCatalog.ReadAsync(newsroom.Services)).Where(r => r.Answers("GET")))
        {
            foreach (var url in RealisticUrls(newsroom, route))
            {
                await findings.GetAsync(caller, url);
                foreach (var handler in route.Handlers("GET").Where(h => h.Length > 0))
                {
                    await findings.GetAsync(caller, $"{url}?handler={handler}");
                }
            }
            foreach (var parameter in route.Parameters)
            {
                foreach (var value in HostileValues.Segments)
                {
                    await findings.GetAsync(caller, route.Fill(p => p == parameter ? value : newsroom.ValuesFor(route.Template, p)[0]));
                }
            }
        }
        foreach (var path in Unmapped)
        {
            await findings.GetAsync(caller, path);
        }

        findings.AssertNone();
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("admin")]
    public async Task Should_answer_every_get_route_with_odd_query_strings_without_a_server_error(string who)
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var caller = who == "admin" ? await newsroom.AdminAsync() : newsroom.Anonymous();
        var findings = newsroom.Findings;

        foreach (var route in (await RouteCatalog.ReadAsync(newsroom.Services)).Where(r => r.Answers("GET")))
        {
            var url = route.Fill(p => newsroom.ValuesFor(route.Template, p)[0]);
            foreach (var query in HostileValues.Queries)
            {
                await findings.GetAsync(caller, $"{url}?{query}");
            }
        }

        findings.AssertNone();
    }

    /// <summary>The route with real values: every combination when a parameter has several (a decision page per transition).</summary>
    public static IEnumerable<string> RealisticUrls(HostileNewsroom newsroom, MappedRoute route)
    {
        IEnumerable<Dictionary<string, string>> combinations = [[]];
        foreach (var parameter in route.Parameters)
        {
            var values = newsroom.ValuesFor(route.Template, parameter);
            combinations = combinations.SelectMany(c => values.Select(v => new Dictionary<string, string>(c) { [parameter] = v })).ToList();
        }
        return combinations.Select(c => route.Fill(p => c[p]));
    }
}

public sealed class RouteSweepTestsOnSqlite : RouteSweepTests
{
    protected override string Provider => Database.Sqlite;
}

/// <summary>PostgreSQL refuses what SQLite lets through (NUL in text, values past a column's length, half a surrogate pair).</summary>
public sealed class RouteSweepTestsOnPostgres : RouteSweepTests
{
    protected override string Provider => Database.Postgres;
}
