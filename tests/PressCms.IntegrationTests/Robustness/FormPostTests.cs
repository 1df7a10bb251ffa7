using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>Every Razor page that takes a POST, by a reader and by an administrator, with every kind of broken form.</summary>
public abstract class FormPostTests
{
    /// <summary>The database the swept newsroom runs on; each provider has its own class below.</summary>
    protected abstract string Provider { get; }

    [Theory]
    [InlineData("/admin/releases")]
    [InlineData("/admin")]
    [InlineData("/")]
    public async Task Should_answer_every_form_post_with_hostile_fields_without_a_server_error(string area)
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var pages = (await RouteCatalog.ReadAsync(newsroom.Services))
            .Where(r => r.Page is not null && r.Handlers("POST").Count > 0 && AreaOf(r.Template) == area);

        foreach (var route in pages)
        {
            foreach (var url in RouteSweepTests.RealisticUrls(newsroom, route))
            {
                // Readers cannot get past an admin page's sign-in, so they get the short list there.
                await new FormProbe(newsroom, route, url, newsroom.Anonymous(), thorough: area == "/").RunAsync();
                await new FormProbe(newsroom, route, url, await newsroom.AdminAsync(), thorough: true).RunAsync();
            }
        }

        newsroom.Findings.AssertNone();
    }

    private static string AreaOf(string template) =>
        template.StartsWith("/admin/releases", StringComparison.Ordinal) ? "/admin/releases"
        : template.StartsWith("/admin", StringComparison.Ordinal) ? "/admin"
        : "/";
}

public sealed class FormPostTestsOnSqlite : FormPostTests
{
    protected override string Provider => Database.Sqlite;
}

/// <summary>PostgreSQL refuses what SQLite lets through (NUL in text, values past a column's length, half a surrogate pair).</summary>
public sealed class FormPostTestsOnPostgres : FormPostTests
{
    protected override string Provider => Database.Postgres;
}
