using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>A site nobody has set up yet: every route, then the setup form with every kind of broken input.</summary>
public abstract class NewSiteTests
{
    /// <summary>The database the swept newsroom runs on; each provider has its own class below.</summary>
    protected abstract string Provider { get; }

    [Fact]
    public async Task Should_answer_every_route_and_the_setup_form_of_a_new_site_without_a_server_error()
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider, setUp: false);
        var caller = newsroom.Anonymous();
        var routes = await RouteCatalog.ReadAsync(newsroom.Services);

        foreach (var route in routes)
        {
            foreach (var url in RouteSweepTests.RealisticUrls(newsroom, route))
            {
                foreach (var method in route.Methods.DefaultIfEmpty("GET"))
                {
                    await newsroom.Findings.SendAsync(caller, new HttpRequestMessage(new HttpMethod(method), url));
                }
                foreach (var query in HostileValues.Queries.Take(10))
                {
                    await newsroom.Findings.GetAsync(caller, $"{url}?{query}");
                }
            }
        }
        foreach (var route in routes.Where(r => r.Page is not null && r.Handlers("POST").Count > 0 && r.Template.StartsWith("/setup", StringComparison.Ordinal)))
        {
            await new FormProbe(newsroom, route, route.Template, caller, thorough: true).RunAsync();
        }

        newsroom.Findings.AssertNone();
    }
}

public sealed class NewSiteTestsOnSqlite : NewSiteTests
{
    protected override string Provider => Database.Sqlite;
}

/// <summary>PostgreSQL refuses what SQLite lets through (NUL in text, values past a column's length, half a surrogate pair).</summary>
public sealed class NewSiteTestsOnPostgres : NewSiteTests
{
    protected override string Provider => Database.Postgres;
}
