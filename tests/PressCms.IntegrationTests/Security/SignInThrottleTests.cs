using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Data.Identity;
using PressCms.IntegrationTests.Api;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Security;

namespace PressCms.IntegrationTests.Security;

/// <summary>
/// Failed sign-ins pause the guesser, never the officer: no lockout of the account or its API
/// tokens, and nothing in the answer or the work done tells an account's address from a stranger's.
/// </summary>
public sealed partial class SignInThrottleTests
{
    [Fact]
    public async Task Should_pause_the_guessing_client_while_the_officer_and_their_api_token_carry_on()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var api = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        using var guesser = Client(factory, "198.51.100.7");

        for (var i = 0; i < SignInThrottle.PerClient; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(guesser, NewsroomFactory.AdminEmail, "wrong-password-" + i)).StatusCode);
        }
        var paused = await SignInAsync(guesser, NewsroomFactory.AdminEmail, factory.AdminPassword);
        using var officer = Client(factory, "203.0.113.20");
        var elsewhere = await SignInAsync(officer, NewsroomFactory.AdminEmail, factory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, paused.StatusCode);
        Assert.Contains("Too many failed sign-ins for this address. Try again in 15 minutes", ErrorOf(await paused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/releases")).StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
            Assert.False(await users.IsLockedOutAsync((await users.FindByEmailAsync(NewsroomFactory.AdminEmail))!));
        }

        // The pause lasts its window and no longer.
        factory.Clock.Advance(SignInThrottle.Window);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(guesser, NewsroomFactory.AdminEmail, factory.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task Should_answer_an_account_and_a_stranger_alike_and_check_a_password_for_both()
    {
        var checks = new HashCounter();
        await using var factory = new NewsroomFactory(Database.Sqlite)
        {
            TestServices = services => services.AddScoped<IPasswordHasher<PressUser>>(_ => new CountingHasher(checks)),
        };
        await factory.SetUpAsync();
        using var first = Client(factory, "198.51.100.8");
        using var second = Client(factory, "198.51.100.9");

        var account = await AttemptsAsync(first, NewsroomFactory.AdminEmail, checks);
        var stranger = await AttemptsAsync(second, "nobody-here@example.police.uk", checks);

        Assert.Equal(account, stranger);
        // Every attempt before the pause checked one password; paused ones checked none.
        Assert.Equal(Enumerable.Repeat("200 Enter a correct email address and password 1", SignInThrottle.PerClient), account.Take(SignInThrottle.PerClient));
        Assert.All(account.Skip(SignInThrottle.PerClient), a => Assert.StartsWith("429 Too many failed sign-ins", a, StringComparison.Ordinal));
        Assert.All(account.Skip(SignInThrottle.PerClient), a => Assert.EndsWith(" 0", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_keep_signing_the_officer_in_from_their_own_browser_while_strangers_everywhere_are_paused()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var own = Client(factory, "203.0.113.30");
        // Signed in fully once (password and second factor): this browser now carries the device cookie.
        await new AdminClient(own, (factory.Services, () => factory.Clock.GetUtcNow().UtcDateTime)).SignInAsync(NewsroomFactory.AdminEmail, factory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await new AdminClient(own).PostFormAsync("/admin/my-work", "/account/logout", [])).StatusCode);

        // A spread-out attack on the address: five failures from each of five places.
        for (var c = 0; c < SignInThrottle.PerAddress / SignInThrottle.PerClient; c++)
        {
            using var attacker = Client(factory, $"192.0.2.{10 + c}");
            for (var i = 0; i < SignInThrottle.PerClient; i++)
            {
                await SignInAsync(attacker, NewsroomFactory.AdminEmail, "guess-" + i);
            }
        }
        using var newPlace = Client(factory, "192.0.2.99");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(newPlace, NewsroomFactory.AdminEmail, factory.AdminPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(own, NewsroomFactory.AdminEmail, factory.AdminPassword)).StatusCode);
    }

    /// <summary>Seven attempts as "status message hash-checks" each.</summary>
    private static async Task<List<string>> AttemptsAsync(HttpClient client, string email, HashCounter checks)
    {
        var seen = new List<string>();
        for (var i = 0; i < SignInThrottle.PerClient + 2; i++)
        {
            var before = checks.Count;
            var response = await SignInAsync(client, email, "Wrong-password-" + i);
            seen.Add($"{(int)response.StatusCode} {ErrorOf(await response.Content.ReadAsStringAsync())} {checks.Count - before}");
        }
        return seen;
    }

    /// <summary>A browser at a client address, as the proxy in front reports it.</summary>
    private static HttpClient Client(NewsroomFactory factory, string address)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        new AdminClient(client).PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = password });

    private static string ErrorOf(string html)
    {
        var match = ErrorPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : "(no error)";
    }

    [GeneratedRegex("<a href=\"#email\">(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex ErrorPattern();

    private sealed class HashCounter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Add() => Interlocked.Increment(ref count);
    }

    /// <summary>The real hasher, counting the passwords it checks.</summary>
    private sealed class CountingHasher(HashCounter checks) : IPasswordHasher<PressUser>
    {
        private readonly PasswordHasher<PressUser> inner = new();

        public string HashPassword(PressUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(PressUser user, string hashedPassword, string providedPassword)
        {
            checks.Add();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
