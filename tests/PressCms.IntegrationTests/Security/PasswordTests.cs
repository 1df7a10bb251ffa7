using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Notifications;
using PressCms.Web.Security;

namespace PressCms.IntegrationTests.Security;

/// <summary>Length and a common-password list instead of composition rules; staff change their password and reset it by email.</summary>
public sealed partial class PasswordTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("Liverpool123!")]
    [InlineData("qwerty123456")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("!!Football2024")]
    public void Should_find_common_passwords_and_common_ones_with_digits_around_them(string password) =>
        Assert.True(CommonPasswords.IsCommon(password));

    [Theory]
    [InlineData("lantern harbour quietly")]
    [InlineData("Test-0123456789abcdef-Aa1")]
    public void Should_not_call_an_uncommon_passphrase_common(string password) =>
        Assert.False(CommonPasswords.IsCommon(password));

    [Theory]
    [InlineData("Password12345", "on the list of common passwords")]
    [InlineData("aaaabbbbaaaabbbb", "repeats a few characters")]
    [InlineData("new.officer-secret-2026", "must not contain your email address")]
    [InlineData("short-one", "at least 12 characters")]
    public async Task Should_refuse_a_weak_password_for_a_new_user_naming_why(string password, string message)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var page = await admin.GetPageAsync("/admin/users");

        var response = await admin.PostWithTokenAsync(page, "/admin/users?handler=Add", new()
        {
            ["Email"] = "new.officer@example.police.uk", ["Password"] = password, ["NewRoles"] = "Author",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Should_take_a_long_password_of_lower_case_words_alone()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var page = await admin.GetPageAsync("/admin/users");

        var response = await admin.PostWithTokenAsync(page, "/admin/users?handler=Add", new()
        {
            ["Email"] = "words@example.police.uk", ["Password"] = "lantern harbour quietly", ["NewRoles"] = "Author",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Should_change_the_password_keep_this_session_and_end_the_others()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var here = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        using var elsewhere = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        const string fresh = "lantern harbour quietly";

        var wrong = await here.PostFormAsync("/account/password", "/account/password", new()
        {
            ["CurrentPassword"] = "not-my-password-at-all", ["NewPassword"] = fresh, ["ConfirmPassword"] = fresh,
        });
        var mismatch = await here.PostFormAsync("/account/password", "/account/password", new()
        {
            ["CurrentPassword"] = factory.AdminPassword, ["NewPassword"] = fresh, ["ConfirmPassword"] = fresh + "x",
        });
        var changed = await here.PostFormAsync("/account/password", "/account/password", new()
        {
            ["CurrentPassword"] = factory.AdminPassword, ["NewPassword"] = fresh, ["ConfirmPassword"] = fresh,
        });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Enter your current password correctly", await wrong.Content.ReadAsStringAsync());
        Assert.Contains("The two new passwords are not the same", await mismatch.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Your password is changed", await here.GetPageAsync("/account/password"));
        Assert.Equal(HttpStatusCode.OK, (await here.Http.GetAsync("/admin/my-work")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.Http.GetAsync("/admin/my-work")).StatusCode);
        using var withNew = factory.Browser();
        await withNew.SignInAsync(NewsroomFactory.ApproverEmail, fresh);
        Assert.Contains(AuditActions.PasswordChanged, await ActionsAsync(factory.Services));
    }

    [Fact]
    public async Task Should_email_a_reset_link_that_works_once_and_answer_strangers_alike()
    {
        await using var newsroom = new MailedNewsroom(Database.Sqlite);
        await newsroom.SetUpAsync();
        using var old = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        using var browser = new AdminClient(newsroom.Node.CreateClient(new() { AllowAutoRedirect = false }));
        const string fresh = "lantern harbour quietly";

        var forAccount = await browser.PostFormAsync("/account/forgot", "/account/forgot", new() { ["Email"] = NewsroomFactory.ApproverEmail });
        var forStranger = await browser.PostFormAsync("/account/forgot", "/account/forgot", new() { ["Email"] = "stranger@example.police.uk" });
        var mail = await ArrivesAsync(newsroom.Sink, NewsroomFactory.ApproverEmail);
        var link = new Uri(LinkPattern().Match(mail).Value);
        var form = await browser.GetPageAsync(link.PathAndQuery);
        var reset = await browser.PostWithTokenAsync(form, "/account/reset", new()
        {
            ["Email"] = NewsroomFactory.ApproverEmail, ["Token"] = Regex.Match(form, "name=\"Token\" value=\"([^\"]+)\"").Groups[1].Value,
            ["NewPassword"] = fresh, ["ConfirmPassword"] = fresh,
        });
        var again = await browser.PostWithTokenAsync(form, "/account/reset", new()
        {
            ["Email"] = NewsroomFactory.ApproverEmail, ["Token"] = Regex.Match(form, "name=\"Token\" value=\"([^\"]+)\"").Groups[1].Value,
            ["NewPassword"] = "another lantern entirely", ["ConfirmPassword"] = "another lantern entirely",
        });

        Assert.Equal(Notice(await forAccount.Content.ReadAsStringAsync()).Replace(NewsroomFactory.ApproverEmail, "X", StringComparison.Ordinal),
            Notice(await forStranger.Content.ReadAsStringAsync()).Replace("stranger@example.police.uk", "X", StringComparison.Ordinal));
        Assert.Empty(newsroom.Sink.To("stranger@example.police.uk"));
        Assert.Equal("/account/reset", link.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("This link has expired or was already used", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await old.Http.GetAsync("/admin/my-work")).StatusCode);
        using var signedIn = new AdminClient(newsroom.Node.CreateClient(new() { AllowAutoRedirect = false }), (newsroom.Node.Services, () => newsroom.Clock.GetUtcNow().UtcDateTime));
        await signedIn.SignInAsync(NewsroomFactory.ApproverEmail, fresh);
        var actions = await ActionsAsync(newsroom.Node.Services);
        Assert.Equal(2, actions.Count(a => a == AuditActions.PasswordResetRequested));
        Assert.Contains(AuditActions.PasswordReset, actions);
    }

    private static string Notice(string html) => Regex.Match(html, "<div class=\"notification[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;

    /// <summary>The email goes in the background: wait for it (a generous bound, not a timing assertion).</summary>
    private static async Task<string> ArrivesAsync(SmtpSink sink, string to)
    {
        for (var i = 0; i < 200 && sink.To(to).Count == 0; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        return Assert.Single(sink.To(to)).TextBody ?? "";
    }

    private static async Task<List<string>> ActionsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.Select(e => e.Action).ToListAsync();
    }

    [GeneratedRegex(@"https?://\S+/account/reset\?\S+")]
    private static partial Regex LinkPattern();
}
