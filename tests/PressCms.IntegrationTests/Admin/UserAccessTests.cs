using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.IntegrationTests.Api;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Admin;

/// <summary>An administrator ends another officer's sessions, or disables the account altogether.</summary>
public sealed class UserAccessTests
{
    [Fact]
    public async Task Should_end_every_session_of_another_user_and_leave_them_able_to_sign_in_again()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        using var admin = await factory.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await approver.Http.GetAsync("/admin/my-work")).StatusCode);

        var ended = await PostAsync(admin, "EndSessions", await UsersPageTests.UserIdAsync(factory, NewsroomFactory.ApproverEmail));

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await approver.Http.GetAsync("/admin/my-work")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/admin/my-work")).StatusCode);
        using var again = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        Assert.Equal(HttpStatusCode.OK, (await again.Http.GetAsync("/admin/my-work")).StatusCode);
        Assert.Contains(AuditActions.SessionsEnded, await ActionsAsync(factory));
    }

    [Fact]
    public async Task Should_disable_an_account_its_sessions_and_api_tokens_until_enabled_again()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        using var token = await factory.ApiClientAsync(NewsroomFactory.ApproverEmail);
        using var admin = await factory.SignInAsync();
        var approverId = await UsersPageTests.UserIdAsync(factory, NewsroomFactory.ApproverEmail);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "Disable", approverId)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await approver.Http.GetAsync("/admin/my-work")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/releases")).StatusCode);
        using var fresh = new AdminClient(factory.Anonymous());
        var refused = await fresh.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = NewsroomFactory.ApproverEmail, ["Password"] = factory.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter a correct email address and password", await refused.Content.ReadAsStringAsync());
        Assert.Contains("Disabled", await admin.GetPageAsync("/admin/users"));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "Enable", approverId)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/releases")).StatusCode);
        using var back = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        var actions = await ActionsAsync(factory);
        Assert.Contains(AuditActions.UserDisabled, actions);
        Assert.Contains(AuditActions.UserEnabled, actions);
    }

    [Fact]
    public async Task Should_refuse_to_disable_ones_own_account_or_the_last_enabled_administrator()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        const string second = "second-admin@example.police.uk";
        await factory.AddUserAsync(second, "Administrator");
        using var admin = await factory.SignInAsync();
        var adminId = await UsersPageTests.UserIdAsync(factory, NewsroomFactory.AdminEmail);
        var secondId = await UsersPageTests.UserIdAsync(factory, second);

        var own = await PostAsync(admin, "Disable", adminId);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "Disable", secondId)).StatusCode);
        // The second administrator, disabled, cannot be used to get round the last-administrator rule.
        var demoteSelf = await admin.Http.PostAsync("/admin/users?handler=Roles", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", UsersPageTests.Token(await admin.GetPageAsync("/admin/users"))), new("userId", adminId), new("roles", "Author")]));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("You cannot disable your own account", await own.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, demoteSelf.StatusCode);
        Assert.Contains("is the only administrator", await demoteSelf.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("EndSessions")]
    [InlineData("Disable")]
    [InlineData("Enable")]
    public async Task Should_answer_404_for_a_user_that_does_not_exist(string handler)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(admin, handler, "no-such-user")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(AdminClient admin, string handler, string userId) =>
        await admin.Http.PostAsync($"/admin/users?handler={handler}", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", UsersPageTests.Token(await admin.GetPageAsync("/admin/users"))), new("userId", userId)]));

    private static async Task<List<string>> ActionsAsync(NewsroomFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.Select(e => e.Action).ToListAsync();
    }
}
