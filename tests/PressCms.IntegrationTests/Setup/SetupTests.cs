using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PressCms.Data;
using PressCms.Web.Setup;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Setup;

public sealed class SetupTests
{
    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_lead_every_page_to_setup_on_an_empty_database(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        using var client = factory.Anonymous();
        foreach (var path in new[] { "/", "/news/anything", "/admin", "/feeds/releases.rss" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/setup", response.Headers.Location?.OriginalString);
        }
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_keep_typed_values_and_name_fields_when_setup_input_is_bad(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        using var client = new AdminClient(factory.Anonymous());
        var response = await client.PostFormAsync("/setup", "/setup", new()
        {
            ["SetupCode"] = factory.SetupCode,
            ["BaseUrl"] = "https://news.kent.example.police.uk",
            ["SiteName"] = "Kent Police newsroom",
            ["Recipe"] = "newsroom",
            ["AdminEmail"] = "not-an-email",
            ["AdminPassword"] = "short",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Contains("Enter the administrator&#x27;s email address", html);
        Assert.Contains("value=\"Kent Police newsroom\"", html);
        Assert.Contains("value=\"not-an-email\"", html);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("Kent\u000BPolice newsroom", "invisible control character (U&#x2B;000B)")]
    [InlineData("Kent Police newsroom, a name far longer than any feed title should ever be, repeated: Kent Police newsroom, a name far longer than any feed title should ever be, repeated: Kent Police newsroom, a name far too long", "Keep the newsroom&#x27;s name to 200 characters")]
    public async Task Should_refuse_a_newsroom_name_no_feed_title_could_carry(string siteName, string message)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        using var client = new AdminClient(factory.Anonymous());
        var response = await client.PostFormAsync("/setup", "/setup", new()
        {
            ["SetupCode"] = factory.SetupCode,
            ["BaseUrl"] = "https://news.kent.example.police.uk",
            ["SiteName"] = siteName,
            ["Recipe"] = "empty",
            ["AdminEmail"] = "admin@example.police.uk",
            ["AdminPassword"] = "a-long-enough-passphrase-1",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_set_up_the_site_and_sign_in_the_first_administrator(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        using var client = factory.Browser();
        var response = await client.PostFormAsync("/setup", "/setup", new()
        {
            ["SetupCode"] = factory.SetupCode,
            ["BaseUrl"] = "https://news.kent.example.police.uk",
            ["SiteName"] = "Kent Police newsroom",
            ["Recipe"] = "newsroom",
            ["AdminEmail"] = "chief@example.police.uk",
            ["AdminPassword"] = factory.AdminPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The first administrator's next step is their authenticator app, as for everyone.
        Assert.Equal("/account/enrol", response.Headers.Location?.OriginalString);
        await client.SecondFactorAsync("chief@example.police.uk", "/account/enrol");
        var home = await client.GetPageAsync("/");
        Assert.Contains("Kent Police newsroom", home);
        Assert.Contains("38 suspected online groomers arrested in London", home);
        Assert.Contains("Releases", await client.GetPageAsync("/admin/releases"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/setup")).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AAAA-BBBB-CCCC-DDDD")]
    public async Task Should_refuse_setup_without_the_one_time_code_from_the_log(string? code)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        using var client = new AdminClient(factory.Anonymous());
        var fields = new Dictionary<string, string>
        {
            ["BaseUrl"] = "https://news.example.police.uk", ["SiteName"] = "Stolen newsroom", ["Recipe"] = "empty",
            ["AdminEmail"] = "intruder@example.com", ["AdminPassword"] = factory.AdminPassword,
        };
        if (code is not null)
        {
            fields["SetupCode"] = code;
        }

        var response = await client.PostFormAsync("/setup", "/setup", fields);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(code is { Length: > 0 } ? "That is not the setup code" : "Enter the setup code from the server&#x27;s log", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Should_print_the_code_to_the_log_take_it_typed_loosely_keep_the_public_address_and_spend_the_code()
    {
        var log = new LogCapture();
        await using var factory = new NewsroomFactory(Database.Sqlite) { TestServices = s => s.AddSingleton<ILoggerProvider>(log) };
        using var client = new AdminClient(factory.Anonymous());
        var form = await client.GetPageAsync("/setup");
        var code = factory.SetupCode;
        var file = Path.Combine(factory.DataPath, "setup-code");

        Assert.Contains(log.Messages, m => m.Contains(code, StringComparison.Ordinal) && m.Contains("/setup", StringComparison.Ordinal));
        Assert.True(File.Exists(file));
        Assert.Contains("value=\"http://localhost\"", form);
        var response = await client.PostWithTokenAsync(form, "/setup", new()
        {
            ["SetupCode"] = " " + code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant() + " ",
            ["BaseUrl"] = "https://news.kent.example.police.uk/", ["SiteName"] = "Kent Police newsroom", ["Recipe"] = "empty",
            ["AdminEmail"] = "chief@example.police.uk", ["AdminPassword"] = factory.AdminPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(File.Exists(file));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        Assert.Equal("https://news.kent.example.police.uk", (await db.Newsroom.SingleAsync()).BaseUrl);
    }

    [Theory]
    [InlineData("news.example.police.uk", "Enter a whole web address starting https://")]
    [InlineData("https://news.example.police.uk/newsroom", "without a path")]
    [InlineData("https://user:pw@news.example.police.uk", "without a path, query or name and password")]
    [InlineData("ftp://news.example.police.uk", "Enter a whole web address starting https://")]
    [InlineData("http://news.example.police.uk", "must start https://")]
    public void Should_refuse_a_public_address_links_cannot_safely_use(string address, string message)
    {
        var (kept, error) = PublicAddress.Check(address, plainHttpAllowed: false);

        Assert.Null(kept);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://news.example.police.uk/", "https://news.example.police.uk")]
    [InlineData(" https://NEWS.example.police.uk:8443 ", "https://news.example.police.uk:8443")]
    [InlineData("http://localhost:5000", "http://localhost:5000")]
    public void Should_keep_a_public_address_as_scheme_host_and_port(string address, string expected) =>
        Assert.Equal(expected, PublicAddress.Check(address, plainHttpAllowed: false).Address);

    private sealed class LogCapture : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture capture) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Messages.Enqueue(formatter(state, exception));
        }
    }
}
