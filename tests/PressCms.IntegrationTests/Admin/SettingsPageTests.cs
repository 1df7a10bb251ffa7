using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Admin;

/// <summary>Administrators change the newsroom's name, public address and time zone; audited with what they were.</summary>
public sealed class SettingsPageTests
{
    [Fact]
    public async Task Should_save_the_settings_and_audit_each_change_with_what_it_was()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var page = await admin.GetPageAsync("/admin/settings");

        var saved = await admin.PostWithTokenAsync(page, "/admin/settings", new()
        {
            ["Name"] = "Kent Police newsroom", ["BaseUrl"] = "https://news.kent.example.police.uk/", ["TimeZone"] = "Europe/London",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"https://news.kent.example.police.uk\"", await admin.GetPageAsync("/admin/settings"));
        Assert.Contains("Kent Police newsroom", await admin.GetPageAsync("/"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        var entry = await db.AuditTrail.Where(e => e.Action == AuditActions.SettingsChanged).SingleAsync();
        Assert.Equal("name: Test newsroom → Kent Police newsroom; public address: http://localhost:5000 → https://news.kent.example.police.uk", entry.Detail);
        Assert.Equal(NewsroomFactory.AdminEmail, entry.Actor);
    }

    [Fact]
    public async Task Should_name_each_bad_setting_keep_what_was_typed_and_change_nothing()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var page = await admin.GetPageAsync("/admin/settings");

        var response = await admin.PostWithTokenAsync(page, "/admin/settings", new()
        {
            ["Name"] = "", ["BaseUrl"] = "news.kent.example.police.uk/path", ["TimeZone"] = "Mars/Olympus_Mons",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter the newsroom&#x27;s name", html);
        Assert.Contains("Enter a whole web address starting https://", html);
        Assert.Contains("Choose the newsroom&#x27;s time zone", html);
        Assert.Contains("value=\"news.kent.example.police.uk/path\"", html);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal("http://localhost:5000", (await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Newsroom.SingleAsync()).BaseUrl);
    }

    [Fact]
    public async Task Should_keep_the_settings_page_from_anyone_but_administrators()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail);

        Assert.NotEqual(HttpStatusCode.OK, (await approver.Http.GetAsync("/admin/settings")).StatusCode);
    }
}
