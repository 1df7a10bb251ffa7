using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Admin;

public sealed class UsersPageTests
{
    [Fact]
    public async Task Should_add_a_user_with_roles_and_change_them_with_each_change_audited()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var page = await admin.GetPageAsync("/admin/users");

        var added = await admin.PostWithTokenAsync(page, "/admin/users?handler=Add", new()
        {
            ["Email"] = "author@example.police.uk",
            ["Password"] = factory.AdminPassword,
            ["NewRoles"] = "Author",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var userId = await UserIdAsync(factory, "author@example.police.uk");
        page = await admin.GetPageAsync("/admin/users");
        var changed = await admin.Http.PostAsync("/admin/users?handler=Roles", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Token(page)), new("userId", userId), new("roles", "Author"), new("roles", "Approver"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
        Assert.Equal(["Approver", "Author"], (await users.GetRolesAsync((await users.FindByIdAsync(userId))!)).Order());
        var actions = await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.Select(e => e.Action).ToListAsync();
        Assert.Contains(AuditActions.UserAdded, actions);
        Assert.Contains(AuditActions.RolesChanged, actions);
    }

    [Fact]
    public async Task Should_keep_typed_input_and_name_the_field_when_a_new_user_is_invalid()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var page = await admin.GetPageAsync("/admin/users");

        var response = await admin.PostWithTokenAsync(page, "/admin/users?handler=Add", new() { ["Email"] = "not-an-email", ["Password"] = "x" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the officer&#x27;s email address", html);
        Assert.Contains("Choose at least one role", html);
        Assert.Contains("value=\"not-an-email\"", html);
    }

    [Fact]
    public async Task Should_not_demote_the_last_administrator()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var page = await admin.GetPageAsync("/admin/users");
        var adminId = await UserIdAsync(factory, NewsroomFactory.AdminEmail);

        var response = await admin.Http.PostAsync("/admin/users?handler=Roles", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Token(page)), new("userId", adminId), new("roles", "Author")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is the only administrator", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/admin/users")).StatusCode);
    }

    internal static string Token(string html) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

    internal static async Task<string> UserIdAsync(NewsroomFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>().FindByEmailAsync(email))!.Id;
    }
}
