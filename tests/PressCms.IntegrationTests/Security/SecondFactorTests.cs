using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Tests.Shared;
using PressCms.Web.Security;

namespace PressCms.IntegrationTests.Security;

/// <summary>Every member of staff signs in with a password and a second factor: an authenticator app, or a recovery code once.</summary>
public sealed partial class SecondFactorTests
{
    [Fact]
    public async Task Should_send_someone_without_a_second_factor_to_set_one_up_and_give_no_session_before()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var browser = factory.Browser();

        var password = await PasswordAsync(browser, NewsroomFactory.ApproverEmail, factory.AdminPassword);
        var before = await browser.Http.GetAsync("/admin/my-work");
        var enrol = await browser.GetPageAsync("/account/enrol");
        var key = KeyPattern().Match(enrol).Groups[1].Value;
        var wrong = await browser.PostWithTokenAsync(enrol, "/account/enrol", new() { ["Code"] = "000000" });
        var right = await browser.PostWithTokenAsync(enrol, "/account/enrol", new() { ["Code"] = StaffCodes.ForKey(key, factory.Clock.GetUtcNow().UtcDateTime) });
        var codes = RecoveryCodePattern().Matches(await right.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal("/account/enrol", password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.Contains("<svg", enrol, StringComparison.Ordinal);
        // No inline script: the only script is the site's own passkey helper.
        Assert.All(ScriptPattern().Matches(enrol), m => Assert.StartsWith("<script src=\"/admin-assets/passkey.js?v=", m.Value, StringComparison.Ordinal));
        Assert.Matches("^[a-z2-7 ]{32,}$", key);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(SecondFactor.RecoveryCodeCount, codes.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/admin/my-work")).StatusCode);
        Assert.Contains(AuditActions.SecondFactorEnrolled, await ActionsAsync(factory));
    }

    [Fact]
    public async Task Should_sign_in_with_a_code_from_the_shared_secret_and_take_each_code_once()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using (var first = await factory.SignInAsync(NewsroomFactory.ApproverEmail))
        {
            // Enrolled on this first sign-in; from now on the app's codes are asked for.
        }
        var code = await StaffCodes.NextAsync(factory.Services, NewsroomFactory.ApproverEmail, factory.Clock.GetUtcNow().UtcDateTime);
        using var one = factory.Browser();
        using var two = factory.Browser();

        Assert.Equal("/account/two-factor", (await PasswordAsync(one, NewsroomFactory.ApproverEmail, factory.AdminPassword)).Headers.Location?.OriginalString);
        var accepted = await CodeAsync(one, code);
        await PasswordAsync(two, NewsroomFactory.ApproverEmail, factory.AdminPassword);
        var replayed = await CodeAsync(two, code);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await one.Http.GetAsync("/admin/my-work")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Contains("That code was used already", await replayed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await two.Http.GetAsync("/admin/my-work")).StatusCode);
    }

    [Fact]
    public async Task Should_pause_after_five_wrong_codes_like_wrong_passwords()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using (await factory.SignInAsync(NewsroomFactory.ApproverEmail))
        {
        }
        using var guesser = factory.Browser();
        await PasswordAsync(guesser, NewsroomFactory.ApproverEmail, factory.AdminPassword);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < SignInThrottle.PerClient + 1; i++)
        {
            answers.Add((await CodeAsync(guesser, $"{100000 + i}")).StatusCode);
        }

        Assert.All(answers.Take(SignInThrottle.PerClient), a => Assert.Equal(HttpStatusCode.BadRequest, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task Should_take_each_recovery_code_once()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var enrolling = factory.Browser();
        var password = await PasswordAsync(enrolling, NewsroomFactory.ApproverEmail, factory.AdminPassword);
        var codes = RecoveryCodePattern().Matches(await (await enrolling.SecondFactorAsync(NewsroomFactory.ApproverEmail, password.Headers.Location!.OriginalString)).Content.ReadAsStringAsync())
            .Select(m => m.Groups[1].Value).ToList();

        using var lostPhone = factory.Browser();
        await PasswordAsync(lostPhone, NewsroomFactory.ApproverEmail, factory.AdminPassword);
        var first = await CodeAsync(lostPhone, codes[0].ToUpperInvariant());
        using var again = factory.Browser();
        await PasswordAsync(again, NewsroomFactory.ApproverEmail, factory.AdminPassword);
        var reused = await CodeAsync(again, codes[0]);
        var second = await CodeAsync(again, codes[1]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("it was used already", await reused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains($"You have {SecondFactor.RecoveryCodeCount - 2} recovery codes left", await again.GetPageAsync("/account/security"));
        var renewed = await again.PostFormAsync("/account/security", "/account/security", []);
        Assert.Equal(SecondFactor.RecoveryCodeCount, RecoveryCodePattern().Matches(await renewed.Content.ReadAsStringAsync()).Count);
    }

    [Fact]
    public async Task Should_forget_a_password_given_ten_minutes_ago_without_its_code()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var browser = factory.Browser();
        await PasswordAsync(browser, NewsroomFactory.ApproverEmail, factory.AdminPassword);

        factory.Clock.Advance(SecondFactor.PendingLifetime);
        var late = await browser.Http.GetAsync("/account/enrol");

        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal("/account/login", late.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_let_an_administrator_reset_a_lost_second_factor_ending_the_persons_sessions()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        using var admin = await factory.SignInAsync();
        var page = await admin.GetPageAsync("/admin/users");

        var reset = await admin.PostWithTokenAsync(page, "/admin/users?handler=ResetSecondFactor",
            new() { ["userId"] = await Admin.UsersPageTests.UserIdAsync(factory, NewsroomFactory.ApproverEmail) });
        using var next = factory.Browser();

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await approver.Http.GetAsync("/admin/my-work")).StatusCode);
        Assert.Equal("/account/enrol", (await PasswordAsync(next, NewsroomFactory.ApproverEmail, factory.AdminPassword)).Headers.Location?.OriginalString);
        Assert.Contains(AuditActions.SecondFactorReset, await ActionsAsync(factory));
    }

    private static async Task<HttpResponseMessage> PasswordAsync(AdminClient browser, string email, string password)
    {
        var response = await browser.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private static Task<HttpResponseMessage> CodeAsync(AdminClient browser, string code) =>
        browser.PostFormAsync("/account/two-factor", "/account/two-factor", new() { ["Code"] = code });

    private static async Task<List<string>> ActionsAsync(NewsroomFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.Select(e => e.Action).ToListAsync();
    }

    [GeneratedRegex("<code class=\"authenticator-key\">([^<]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
