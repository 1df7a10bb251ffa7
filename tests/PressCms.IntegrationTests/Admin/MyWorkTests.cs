using System.Net;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Admin;

public sealed class MyWorkTests
{
    [Fact]
    public async Task Should_show_a_submitted_release_to_approvers_but_not_to_its_author_and_changes_back_to_the_author()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var author = await factory.SignInAsync();
        using var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        var edit = await author.CreateDraftAsync(f => f["Input.Headline"] = "Appeal after burglary in Croydon");
        Assert.Contains("Appeal after burglary in Croydon", Section(await author.GetPageAsync("/admin/my-work"), "Your drafts"));

        Assert.Equal(HttpStatusCode.Redirect, (await author.PressAsync(edit, "Submit")).StatusCode);

        Assert.Contains("Appeal after burglary in Croydon", Section(await approver.GetPageAsync("/admin/my-work"), "Reviews waiting for you"));
        Assert.DoesNotContain("Appeal after burglary in Croydon", Section(await author.GetPageAsync("/admin/my-work"), "Reviews waiting for you"));
        var requested = await approver.DecideAsync(Workflow.ReleaseId(edit), "request-changes", new() { ["Comment"] = "Add the crime reference number" });
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Contains("Appeal after burglary in Croydon", Section(await author.GetPageAsync("/admin/my-work"), "Changes requested of you"));
        Assert.Contains("Add the crime reference number", await author.GetPageAsync(edit.Replace("/edit", "/history", StringComparison.Ordinal)));
    }

    /// <summary>The part of the page from a section's heading to the next one.</summary>
    private static string Section(string html, string heading)
    {
        var start = html.IndexOf(">" + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = html.IndexOf("<h2", start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }
}
