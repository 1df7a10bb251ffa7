using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>Every route with every method, whether it answers that method or not: with no body, and with a form carrying a valid antiforgery token.</summary>
public abstract class MethodSweepTests
{
    /// <summary>The database the swept newsroom runs on; each provider has its own class below.</summary>
    protected abstract string Provider { get; }

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO"];

    [Theory]
    [InlineData("anonymous")]
    [InlineData("admin")]
    [InlineData("api admin")]
    public async Task Should_answer_every_method_on_every_route_without_a_server_error(string who)
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var caller = who switch
        {
            "admin" => await newsroom.AdminAsync(),
            "api admin" => newsroom.Api(newsroom.AdminToken),
            _ => newsroom.Anonymous(),
        };
        var token = who == "api admin" ? "" : FormToken.In(await caller.Http.GetStringAsync(who == "admin" ? "/admin/releases/create" : "/account/login"));
        var findings = newsroom.Findings;
        // Signing out ends the admin's session, so that page goes last.
        var routes = (await RouteCatalog.ReadAsync(newsroom.Services)).OrderBy(r => r.Template.Contains("logout", StringComparison.Ordinal));

        foreach (var route in routes)
        {
            foreach (var url in RouteSweepTests.RealisticUrls(newsroom, route))
            {
                foreach (var method in Methods)
                {
                    await findings.SendAsync(caller, new HttpRequestMessage(new HttpMethod(method), url));
                    if (method is not ("GET" or "HEAD" or "TRACE"))
                    {
                        var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
                        await findings.SendAsync(caller, new HttpRequestMessage(new HttpMethod(method), url) { Content = form });
                    }
                }
            }
        }

        findings.AssertNone();
    }
}

public sealed class MethodSweepTestsOnSqlite : MethodSweepTests
{
    protected override string Provider => Database.Sqlite;
}

/// <summary>PostgreSQL refuses what SQLite lets through (NUL in text, values past a column's length, half a surrogate pair).</summary>
public sealed class MethodSweepTestsOnPostgres : MethodSweepTests
{
    protected override string Provider => Database.Postgres;
}
