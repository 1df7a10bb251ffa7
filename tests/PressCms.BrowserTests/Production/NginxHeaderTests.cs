using System.Net;
using System.Net.Http.Headers;
using PressCms.BrowserTests.Infrastructure;

namespace PressCms.BrowserTests.Production;

/// <summary>
/// What a reader's browser gets from the production newsroom through nginx with the shipped
/// configuration, over HTTPS with a certificate the client pins.
/// </summary>
[Collection(ProductionCollection.Name)]
public sealed class NginxHeaderTests(ProductionNewsroomBrowser browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/news/operation-legatum-38-arrested")]
    [InlineData("/account/login")]
    [InlineData("/feeds/releases.atom")]
    public async Task Should_send_a_year_of_hsts_a_csp_and_no_server_name_through_nginx(string path)
    {
        using var client = browser.Nginx.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), "Server: " + string.Join(", ", response.Headers.Server));
    }

    [Fact]
    public async Task Should_issue_only_host_prefixed_secure_cookies_through_nginx()
    {
        using var client = browser.Nginx.CreateClient();

        var response = await client.GetAsync("/account/login");

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("__Host-PressCms.Antiforgery=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            var attributes = c.Split(';', StringSplitOptions.TrimEntries);
            Assert.StartsWith("__Host-", attributes[0], StringComparison.Ordinal);
            Assert.Contains("secure", attributes, StringComparer.OrdinalIgnoreCase);
            Assert.Contains("path=/", attributes, StringComparer.OrdinalIgnoreCase);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public async Task Should_link_pages_and_feeds_over_https_behind_nginx()
    {
        using var client = browser.Nginx.CreateClient();
        var origin = browser.Nginx.HttpsUrl.TrimEnd('/');

        var page = await client.GetStringAsync("/news/operation-legatum-38-arrested");
        var atom = await client.GetStringAsync("/feeds/releases.atom");
        var robots = await client.GetStringAsync("/robots.txt");

        Assert.Contains($"<link rel=\"canonical\" href=\"{origin}/news/operation-legatum-38-arrested\">", page, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"{origin}/news/operation-legatum-38-arrested\">", page, StringComparison.Ordinal);
        Assert.Contains($"type=\"application/atom+xml\" title=\"Metropolitan Newsroom (Atom)\" href=\"{origin}/feeds/releases.atom\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{origin}/feeds/releases.atom\"", atom, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {origin}/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.All(new[] { page, atom, robots }, text => Assert.DoesNotContain("http://" + NginxProxy.Host, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login?ReturnUrl=%2Fadmin")]
    public async Task Should_redirect_plain_http_to_the_same_address_over_https(string path)
    {
        using var client = browser.Nginx.CreateClient();

        var response = await client.GetAsync(browser.Nginx.HttpUrl.TrimEnd('/') + path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(new Uri($"https://{NginxProxy.Host}{path}"), response.Headers.Location);
        Assert.False(response.Headers.Contains("Server"), "Server: " + string.Join(", ", response.Headers.Server));
    }

    [Fact]
    public async Task Should_not_believe_an_x_forwarded_for_sent_by_the_client()
    {
        // A client of its own (127.0.0.2), so the limit it reaches is nobody else's.
        using var client = browser.Nginx.CreateClient(IPAddress.Parse("127.0.0.2"));

        var codes = await SignInAttemptsAsync(client, 11, i => $"203.0.113.{i + 1}");

        Assert.All(codes.Take(10), c => Assert.Equal(HttpStatusCode.OK, c));
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[10]);
    }

    [Fact]
    public async Task Should_pass_the_site_the_client_s_own_address_and_nothing_the_client_claimed()
    {
        using var client = browser.Nginx.CreateClient(IPAddress.Parse("127.0.0.5"));
        var path = "/robots.txt?probe=" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, path)
        {
            Headers = { { "X-Forwarded-For", "203.0.113.7, 198.51.100.1" }, { "X-Forwarded-Proto", "http" } },
        };

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);

        Assert.Equal(("127.0.0.5", "https"), browser.Newsroom.Arriving.Of(path));
    }

    [Fact]
    public async Task Should_limit_sign_in_attempts_by_each_client_s_own_address()
    {
        using var guesser = browser.Nginx.CreateClient(IPAddress.Parse("127.0.0.3"));
        using var colleague = browser.Nginx.CreateClient(IPAddress.Parse("127.0.0.4"));

        var guesses = await SignInAttemptsAsync(guesser, 11, forwardedFor: null);
        var attempt = await SignInAttemptsAsync(colleague, 1, forwardedFor: null);

        Assert.Equal(HttpStatusCode.TooManyRequests, guesses[10]);
        Assert.Equal(HttpStatusCode.OK, Assert.Single(attempt));
    }

    [Fact]
    public async Task Should_let_through_an_upload_as_large_as_the_site_takes_and_no_larger()
    {
        using var client = browser.Nginx.CreateClient();

        var largest = await client.PostAsync("/admin/media", Body(25 * 1024 * 1024));
        var tooLarge = await client.PostAsync("/admin/media", Body(27 * 1024 * 1024));

        // The site answered (an anonymous post is sent to sign in); nginx refused the larger one itself.
        Assert.Equal(HttpStatusCode.Redirect, largest.StatusCode);
        Assert.StartsWith(browser.Nginx.HttpsUrl + "account/login", largest.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task Should_not_compress_pages_over_tls_but_keep_the_feeds_compressed()
    {
        using var client = browser.Nginx.CreateClient();

        var page = await client.SendAsync(Gzipped("/account/login"));
        var feed = await client.SendAsync(Gzipped("/feeds/releases.rss"));

        Assert.Empty(page.Content.Headers.ContentEncoding);
        Assert.Equal("gzip", Assert.Single(feed.Content.Headers.ContentEncoding));
    }

    /// <summary>Sign-in attempts with a wrong password through the real form; each may claim another address.</summary>
    private static async Task<List<HttpStatusCode>> SignInAttemptsAsync(HttpClient client, int count, Func<int, string>? forwardedFor)
    {
        var form = await client.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(token.Success, "the sign-in form carries an antiforgery token");
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Email"] = $"guess-{i}@example.com", // a new address each time: the per-address pause is not what is tested
                    ["Password"] = "guess-" + i,
                    ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                }),
            };
            if (forwardedFor is not null)
            {
                request.Headers.Add("X-Forwarded-For", forwardedFor(i));
            }
            codes.Add((await client.SendAsync(request)).StatusCode);
        }
        return codes;
    }

    private static ByteArrayContent Body(int length)
    {
        var content = new ByteArrayContent(new byte[length]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    private static HttpRequestMessage Gzipped(string path) =>
        new(HttpMethod.Get, path) { Headers = { AcceptEncoding = { new StringWithQualityHeaderValue("gzip") } } };
}
