using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Core.Workflow;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Api;

/// <summary>The whole editorial workflow driven through the JSON API by two people's tokens, on SQLite and PostgreSQL.</summary>
public sealed class ApiWorkflowTests
{
    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_take_a_release_through_two_person_review_to_an_exact_embargo(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        using var author = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        using var approver = await factory.ApiClientAsync(NewsroomFactory.ApproverEmail);
        using var reader = factory.Anonymous();

        var created = await author.PostJsonAsync("/api/releases", ApiClients.Release("api-embargoed-appeal", "Embargoed API appeal"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal($"/api/releases/{id}", created.Headers.Location!.OriginalString);
        Assert.NotNull(created.Headers.ETag);

        var submitted = await author.PostJsonAsync($"/api/releases/{id}/submit");
        Assert.Equal("in-review", (await submitted.JsonAsync()).GetProperty("status").GetString());

        var ownApproval = await (await author.PostJsonAsync($"/api/releases/{id}/approve", ApiClients.AllChecked)).ProblemAsync(403);
        Assert.Equal("approver-wrote-revision", ownApproval.Rule());

        var unticked = await (await approver.PostJsonAsync($"/api/releases/{id}/approve",
            """{ "checklist": { "contempt": true, "safeguarding": true, "quotes": true, "images": false } }""")).ProblemAsync(400);
        Assert.Equal("checklist-incomplete", unticked.Rule());
        Assert.Equal(["checklist.images"], unticked.ErrorKeys());

        var approved = await approver.PostJsonAsync($"/api/releases/{id}/approve", ApiClients.AllChecked);
        Assert.Equal("approved", (await approved.JsonAsync()).GetProperty("status").GetString());

        var embargo = factory.Clock.GetUtcNow().AddHours(2);
        var published = await author.PostJsonAsync($"/api/releases/{id}/publish", $$"""{ "publishAtUtc": "{{embargo:O}}" }""");
        var release = await published.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("embargoed", release.GetProperty("publication").GetString());
        Assert.Equal(["scheduled"], release.GetProperty("stages").EnumerateArray().Select(s => s.GetString()));

        await AssertAbsentAsync(reader, "api-embargoed-appeal", "Embargoed API appeal");
        factory.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMilliseconds(1));
        await AssertAbsentAsync(reader, "api-embargoed-appeal", "Embargoed API appeal");
        factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/news/api-embargoed-appeal")).StatusCode);
        Assert.Contains("Embargoed API appeal", await reader.GetStringAsync("/feeds/releases.rss"));
        Assert.Contains("Embargoed API appeal", await reader.GetStringAsync("/feeds/releases.atom"));

        // Go-live side effects may add their own (system) entries; every API change is one entry on the api channel.
        var trail = (await AuditOfAsync(factory, id)).Where(e => e.Channel == AuditChannels.Api).ToList();
        Assert.Equal([AuditActions.ReleaseCreated, AuditActions.Of(Transition.Submit), AuditActions.Of(Transition.Approve), AuditActions.ReleasePublished],
            trail.Select(e => e.Action));
        Assert.Equal([NewsroomFactory.AdminEmail, NewsroomFactory.AdminEmail, NewsroomFactory.ApproverEmail, NewsroomFactory.AdminEmail], trail.Select(e => e.Actor));
        Assert.Contains(embargo.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture), trail[3].Detail);
    }

    [Fact]
    public async Task Should_refuse_an_author_who_tries_to_publish_with_403_and_an_illegal_move_with_409()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        await factory.AddUserAsync(ApiClients.AuthorEmail, "Author");
        using var admin = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        using var approver = await factory.ApiClientAsync(NewsroomFactory.ApproverEmail);
        using var author = await factory.ApiClientAsync(ApiClients.AuthorEmail);
        var id = await admin.CreateAsync("ready-to-publish");

        var tooEarly = await (await admin.PostJsonAsync($"/api/releases/{id}/publish")).ProblemAsync(409);
        await admin.PostJsonAsync($"/api/releases/{id}/submit");
        await approver.PostJsonAsync($"/api/releases/{id}/approve", ApiClients.AllChecked);
        var byAuthor = await (await author.PostJsonAsync($"/api/releases/{id}/publish")).ProblemAsync(403);

        Assert.Equal("illegal-transition", tooEarly.Rule());
        Assert.Equal("not-permitted", byAuthor.Rule());
        var release = await (await admin.GetAsync($"/api/releases/{id}")).JsonAsync();
        Assert.Equal("approved", release.GetProperty("status").GetString());
        Assert.DoesNotContain(await AuditOfAsync(factory, id), e => e.Action == AuditActions.ReleasePublished);
    }

    [Fact]
    public async Task Should_publish_in_an_emergency_with_a_reason_and_need_a_second_person_to_approve_it_afterwards()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        using var approver = await factory.ApiClientAsync(NewsroomFactory.ApproverEmail);
        var id = await admin.CreateAsync("urgent-missing-person");

        var noReason = await (await admin.PostJsonAsync($"/api/releases/{id}/emergency-publish", """{ "reason": " " }""")).ProblemAsync(400);
        var live = await (await admin.PostJsonAsync($"/api/releases/{id}/emergency-publish", """{ "reason": "Child at risk tonight" }""")).JsonAsync();
        var ownRetrospective = await (await admin.PostJsonAsync($"/api/releases/{id}/approve-retrospectively", ApiClients.AllChecked.Replace(", \"comment\": \"Cleared.\"", "", StringComparison.Ordinal))).ProblemAsync(403);
        var retrospective = await approver.PostJsonAsync($"/api/releases/{id}/approve-retrospectively", """{ "checklist": { "contempt": true, "safeguarding": true, "quotes": true, "images": true } }""");
        var withdrawnWithoutReason = await (await admin.PostJsonAsync($"/api/releases/{id}/withdraw")).ProblemAsync(400);
        var withdrawn = await (await admin.PostJsonAsync($"/api/releases/{id}/withdraw", """{ "reason": "Found safe" }""")).JsonAsync();

        Assert.Equal("reason-required", noReason.Rule());
        Assert.Equal(["reason"], noReason.ErrorKeys());
        Assert.Equal("live", live.GetProperty("publication").GetString());
        Assert.True(live.GetProperty("awaitingRetrospectiveApproval").GetBoolean());
        Assert.Equal("approver-published-it", ownRetrospective.Rule());
        Assert.False((await retrospective.JsonAsync()).GetProperty("awaitingRetrospectiveApproval").GetBoolean());
        Assert.Equal(["reason"], withdrawnWithoutReason.ErrorKeys());
        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Gone, (await factory.Anonymous().GetAsync("/news/urgent-missing-person")).StatusCode);
    }

    private static async Task AssertAbsentAsync(HttpClient reader, string slug, string headline)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);
        foreach (var list in new[] { "/", "/feeds/releases.rss", "/feeds/releases.atom" })
        {
            Assert.DoesNotContain(headline, await reader.GetStringAsync(list));
        }
    }

    internal static async Task<List<AuditEntry>> AuditOfAsync(NewsroomFactory factory, string releaseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        return await db.AuditTrail.AsNoTracking().Where(e => e.ReleaseId == releaseId).OrderBy(e => e.Sequence).ToListAsync();
    }
}
