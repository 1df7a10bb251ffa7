using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Security;

/// <summary>
/// The data protection key ring lives beside the newsroom's data: a node started later, or another
/// node sharing the folder, reads the cookies and sealed alert links the first one wrote.
/// </summary>
public sealed partial class KeyRingTests
{
    [Fact]
    public async Task Should_keep_the_key_ring_beside_the_data_so_a_sign_in_holds_on_another_node_and_only_with_those_keys()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync("empty");
        var cookie = await SignInCookieAsync(factory);

        var keys = Path.Combine(factory.DataPath, "keys");
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        }
        Assert.Equal("OK", await AdminStatusAsync(factory, cookie));
        Assert.Equal("OK", await AdminStatusAsync(factory.WithWebHostBuilder(_ => { }), cookie));

        // Without the folder's keys a new node cannot read the cookie: the ring came from there.
        Directory.Delete(keys, recursive: true);
        Assert.StartsWith("Found http://localhost/account/login", await AdminStatusAsync(factory.WithWebHostBuilder(_ => { }), cookie), StringComparison.Ordinal);
    }

    private static async Task<string> SignInCookieAsync(WebApplicationFactory<Program> node)
    {
        using var http = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var form = await http.GetAsync("/account/login");
        var antiforgery = Cookies(form).Single(c => c.Contains("Antiforgery", StringComparison.Ordinal));
        var token = WebUtility.HtmlDecode(TokenPattern().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = NewsroomFactory.AdminEmail,
                ["Password"] = ((NewsroomFactory)node).AdminPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var signedIn = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return Cookies(signedIn).Single(c => c.Contains("PressCms.Auth", StringComparison.Ordinal));
    }

    private static async Task<string> AdminStatusAsync(WebApplicationFactory<Program> node, string cookie)
    {
        using var http = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/my-work");
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK ? "OK" : $"{response.StatusCode} {response.Headers.Location}";
    }

    /// <summary>"name=value" of each cookie the response sets.</summary>
    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
