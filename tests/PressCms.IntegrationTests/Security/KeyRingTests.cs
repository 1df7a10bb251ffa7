using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PressCms.Core.Alerts;
using PressCms.Core.Taxonomy;
using PressCms.Data;
using PressCms.Web.Alerts;
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
        // A node installed elsewhere: the ring is shared by application name, not by install folder.
        var elsewhere = Directory.CreateTempSubdirectory("presscms-node-").FullName;
        try
        {
            Assert.Equal("OK", await AdminStatusAsync(factory.WithWebHostBuilder(b => b.UseContentRoot(elsewhere)), cookie));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }

        // Without the folder's keys a new node cannot read the cookie: the ring came from there.
        Directory.Delete(keys, recursive: true);
        Assert.StartsWith("Found http://localhost/account/login", await AdminStatusAsync(factory.WithWebHostBuilder(_ => { }), cookie), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_reseal_alert_links_an_older_build_sealed_with_the_framework_default_keys_so_subscribers_keep_their_alerts_and_links()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync("empty");
        var legacyFolder = Directory.CreateTempSubdirectory("presscms-legacy-keys-").FullName;
        try
        {
            // The older build: ASP.NET Core's defaults for this install (keys in a folder of their own, the install folder as the name).
            var environment = factory.Services.GetRequiredService<IHostEnvironment>();
            var old = new ServiceCollection().AddSingleton(environment).AddLogging();
            old.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(legacyFolder));
            var token = Subscription.NewToken();
            var sealedBefore = old.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector(AlertTokens.Purpose).Protect(token);
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            var subscription = Subscription.Create("reporter@example.org", Topic.All, AlertFrequency.Immediate, Subscription.HashToken(token), sealedBefore, factory.Clock.GetUtcNow().UtcDateTime);
            subscription.Confirm(factory.Clock.GetUtcNow().UtcDateTime);
            db.Subscriptions.Add(subscription);
            await db.SaveChangesAsync();
            var tokens = scope.ServiceProvider.GetRequiredService<AlertTokens>();
            Assert.Throws<CryptographicException>(() => tokens.Unseal(subscription));

            var resealed = await AlertTokenUpgrade.ResealAsync(db, scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>(), environment, legacyFolder);

            Assert.Equal(1, resealed);
            Assert.Equal(token, tokens.Unseal(subscription));
            Assert.Equal(0, await AlertTokenUpgrade.ResealAsync(db, scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>(), environment, legacyFolder));
            Assert.Single(Directory.GetFiles(legacyFolder, "key-*.xml"));
        }
        finally
        {
            Directory.Delete(legacyFolder, recursive: true);
        }
    }

    private static async Task<string> SignInCookieAsync(WebApplicationFactory<Program> node)
    {
        var factory = (NewsroomFactory)node;
        using var browser = new AdminClient(node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), (node.Services, () => factory.Clock.GetUtcNow().UtcDateTime));
        var password = await browser.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = NewsroomFactory.AdminEmail, ["Password"] = factory.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        using var signedIn = await browser.SecondFactorAsync(NewsroomFactory.AdminEmail, password.Headers.Location!.OriginalString);
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

}
