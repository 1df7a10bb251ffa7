using System.Net;
using System.Text.RegularExpressions;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Admin;

public sealed class HistoryTests
{
    private const string Edit = "/admin/releases/met-2020-05-operation-legatum/edit";
    private const string History = "/admin/releases/met-2020-05-operation-legatum/history";

    [Fact]
    public async Task Should_restore_an_old_revision_as_a_new_draft_and_keep_the_live_one_live()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        await admin.PressAsync(Edit, "Save", f => f["Input.Headline"] = "A headline nobody approved");

        var history = await admin.GetPageAsync(History);
        Assert.Contains("A headline nobody approved", history);
        var version = Regex.Match(history, "name=\"version\" value=\"([^\"]+)\"").Groups[1].Value;
        var restored = await admin.PostWithTokenAsync(history, History + "?handler=Restore&number=1", new() { ["version"] = version });

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var form = await admin.GetPageAsync(Edit);
        Assert.Contains("value=\"38 suspected online groomers arrested in London\"", form);
        Assert.Contains("3 (live: 1)", form);
        Assert.Contains("38 suspected online groomers arrested in London", await factory.Anonymous().GetStringAsync("/news/operation-legatum-38-arrested"));
    }

    [Fact]
    public async Task Should_add_a_comment_to_the_thread_and_refuse_an_empty_one()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var page = await admin.GetPageAsync(History);

        var empty = await admin.PostWithTokenAsync(page, History + "?handler=Comment", new() { ["Comment"] = " " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Write a comment", await empty.Content.ReadAsStringAsync());
        var added = await admin.PostWithTokenAsync(page, History + "?handler=Comment", new() { ["Comment"] = "Check the figures with the SIO" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Check the figures with the SIO", await admin.GetPageAsync(History));
    }
}
