using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.People;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Admin;

/// <summary>What the admin refuses, and that a refusal changes nothing and keeps what was typed.</summary>
public sealed class WorkflowGuardTests
{
    private const string Legatum = "met-2020-05-operation-legatum";

    [Theory]
    [InlineData("approve")]
    [InlineData("publish")]
    [InlineData("withdraw")]
    public async Task Should_refuse_an_author_a_decision_their_role_does_not_allow(string transition)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        await factory.AddUserAsync(NewsroomFactory.EditorEmail, StaffRoles.Author);
        using var author = await factory.SignInAsync(NewsroomFactory.EditorEmail);

        var response = await author.DecideAsync(Legatum, transition, new() { ["Comment"] = "Trying anyway" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html);
        Assert.True(html.Contains("does not hold a role that may", StringComparison.Ordinal) || html.Contains("cannot be sent to", StringComparison.Ordinal), html);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/news/operation-legatum-38-arrested")).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(PressCms.Core.Releases.ReleaseStatus.Published, (await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Releases.SingleAsync(r => r.Id == Legatum)).Status);
    }

    [Theory]
    [InlineData("submit")]
    [InlineData("no-such-decision")]
    public async Task Should_answer_400_to_a_decision_the_decision_page_does_not_take(string transition)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var path = $"/admin/releases/{Legatum}/decide/{transition}";
        var page = await admin.GetPageAsync($"/admin/releases/{Legatum}/decide/withdraw");
        await using var before = factory.Services.CreateAsyncScope();
        var audited = await before.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.CountAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Http.GetAsync(path)).StatusCode);
        var posted = await admin.PostWithTokenAsync(page, path, new() { ["Version"] = AdminClient.FormValues(page)["Version"] });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        await using var after = factory.Services.CreateAsyncScope();
        var db = after.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        Assert.Equal(audited, await db.AuditTrail.CountAsync());
        Assert.Equal(PressCms.Core.Releases.ReleaseStatus.Published, (await db.Releases.SingleAsync(r => r.Id == Legatum)).Status);
    }

    [Fact]
    public async Task Should_refuse_a_web_address_another_release_is_about_to_take()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var form = await admin.GetPageAsync($"/admin/releases/{Legatum}/edit");
        var fields = AdminClient.FormValues(form);
        fields["Input.Slug"] = "legatum-renamed";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostWithTokenAsync(form, $"/admin/releases/{Legatum}/edit?handler=Save", fields)).StatusCode);

        var create = await admin.GetPageAsync("/admin/releases/create");
        var values = AdminClient.FormValues(create);
        values["Input.Headline"] = "A different release";
        values["Input.Body"] = "Body";
        values["Input.Slug"] = "legatum-renamed";
        var refused = await admin.PostWithTokenAsync(create, "/admin/releases/create?handler=Save", values);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Another release already uses the address /news/legatum-renamed", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_a_publication_time_the_clocks_skip()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        using var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        var edit = await admin.CreateDraftAsync(f => f["Input.Headline"] = "Spring forward");
        var id = Workflow.ReleaseId(edit);
        await admin.PressAsync(edit, "Submit");
        await approver.DecideAsync(id, "approve", Workflow.AllChecked);

        // 01:30 on 29 March 2026 does not exist in London: the clocks go from 01:00 to 02:00.
        var response = await admin.DecideAsync(id, "publish", new()
        {
            ["Timing"] = "at", ["PublishDate.Day"] = "29", ["PublishDate.Month"] = "3", ["PublishDate.Year"] = "2026", ["PublishTime"] = "01:30",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter the publication date and a time like 09:30", html);
        Assert.Contains("value=\"01:30\"", html);
    }

    [Fact]
    public async Task Should_answer_404_not_410_for_a_release_withdrawn_before_it_was_ever_public()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var edit = await admin.CreateDraftAsync(f => { f["Input.Headline"] = "Never public"; f["Input.Slug"] = "never-public"; });
        await factory.PublishThroughReviewAsync(admin, edit, new()
        {
            ["Timing"] = "at", ["PublishDate.Day"] = "29", ["PublishDate.Month"] = "11", ["PublishDate.Year"] = "2026", ["PublishTime"] = "10:00",
        });

        Assert.Equal(HttpStatusCode.Redirect, (await admin.DecideAsync(Workflow.ReleaseId(edit), "withdraw", new() { ["Comment"] = "Charge dropped" })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/news/never-public")).StatusCode);
    }

    [Fact]
    public async Task Should_end_the_sessions_of_someone_whose_roles_change()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        Assert.Equal(HttpStatusCode.OK, (await approver.Http.GetAsync("/admin/my-work")).StatusCode);
        string approverId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            approverId = (await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Users.SingleAsync(u => u.Email == NewsroomFactory.ApproverEmail)).Id;
        }
        using var admin = await factory.SignInAsync();
        var page = await admin.GetPageAsync("/admin/users");
        var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var changed = await admin.Http.PostAsync("/admin/users?handler=Roles", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("userId", approverId), new("roles", "Author")]));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await approver.Http.GetAsync("/admin/my-work");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
