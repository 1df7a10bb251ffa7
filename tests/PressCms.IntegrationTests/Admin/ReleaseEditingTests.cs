using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Admin;

public sealed class ReleaseEditingTests
{
    private const string LegatumEdit = "/admin/releases/met-2020-05-operation-legatum/edit";
    private const string LegatumPage = "/news/operation-legatum-38-arrested";

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_show_an_edit_on_the_page_and_in_both_feeds_once_published(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var form = await admin.GetPageAsync(LegatumEdit);
        var fields = AdminClient.FormValues(form);
        fields["Input.Headline"] = "39 suspected online groomers arrested in London";
        fields["Input.Figures[0].Value"] = "39";

        var saved = await admin.PostWithTokenAsync(form, LegatumEdit + "?handler=Save", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var anonymous = factory.Anonymous();
        Assert.Contains("38 suspected online groomers", await anonymous.GetStringAsync(LegatumPage));

        form = await admin.GetPageAsync(LegatumEdit);
        Assert.Contains("Has unpublished changes", form);
        await factory.PublishThroughReviewAsync(admin, LegatumEdit, new() { ["Kind"] = "correction", ["Correction"] = "corrected the number of suspects arrested" });

        var page = await anonymous.GetStringAsync(LegatumPage);
        Assert.Contains("39 suspected online groomers arrested in London", page);
        Assert.Contains(">39<", page);
        Assert.Contains("corrected the number of suspects arrested", page);
        foreach (var feed in new[] { "/feeds/releases.rss", "/feeds/releases.atom" })
        {
            var xml = await anonymous.GetStringAsync(feed);
            Assert.Contains("39 suspected online groomers arrested in London", xml);
            Assert.Contains("corrected the number of suspects arrested", xml);
            Assert.Contains("tag:localhost,", xml);
        }
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_show_a_conflict_instead_of_overwriting_when_two_officers_save_at_once(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        using var first = await factory.SignInAsync();
        using var second = await factory.SignInAsync();
        var firstForm = await first.GetPageAsync(LegatumEdit);
        var secondForm = await second.GetPageAsync(LegatumEdit);
        var firstFields = AdminClient.FormValues(firstForm);
        firstFields["Input.Headline"] = "Headline from the first officer";
        var secondFields = AdminClient.FormValues(secondForm);
        secondFields["Input.Standfirst"] = "Standfirst from the second officer";

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostWithTokenAsync(firstForm, LegatumEdit + "?handler=Save", firstFields)).StatusCode);
        var conflict = await second.PostWithTokenAsync(secondForm, LegatumEdit + "?handler=Save", secondFields);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("Your changes have not been saved", html);
        Assert.Contains("Headline from the first officer", html);
        Assert.Contains("Standfirst from the second officer", html);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        var release = await db.Releases.SingleAsync(r => r.Id == "met-2020-05-operation-legatum");
        var latest = await db.Revisions.SingleAsync(v => v.ReleaseId == release.Id && v.Number == release.LatestRevisionNumber);
        Assert.Equal("Headline from the first officer", latest.Headline);
        Assert.NotEqual("Standfirst from the second officer", latest.Standfirst);
    }

    [Fact]
    public async Task Should_save_text_pasted_with_invisible_control_characters_as_text_every_feed_can_carry()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();

        var edit = await admin.CreateDraftAsync(f =>
        {
            f["Input.Headline"] = "Witnesses sought\u0007 in Leyton";
            f["Input.Body"] = "First line\u000Bsecond line from a word processor.";
        });
        await factory.PublishThroughReviewAsync(admin, edit);

        await using var scope = factory.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Revisions.SingleAsync(v => v.ReleaseId == Workflow.ReleaseId(edit));
        Assert.Equal("Witnesses sought in Leyton", saved.Headline);
        Assert.Equal("First line\nsecond line from a word processor.", saved.Body);
        using var reader = factory.Anonymous();
        foreach (var feed in new[] { "/feeds/releases.rss", "/feeds/releases.atom", "/news-sitemap.xml" })
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(feed)).StatusCode);
        }
        Assert.Contains("Witnesses sought in Leyton", await reader.GetStringAsync("/feeds/releases.rss"));
    }

    [Fact]
    public async Task Should_keep_everything_typed_and_name_each_bad_field()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var form = await admin.GetPageAsync("/admin/releases/create");
        var fields = AdminClient.FormValues(form);
        fields["Input.Headline"] = "";
        fields["Input.Body"] = "Body typed by the officer";
        fields["Input.Figures[0].Label"] = "Arrests";
        fields["Input.Figures[0].Value"] = "-4";
        fields["Input.Figures[1].Label"] = "Warrants";
        fields["Input.Figures[1].Value"] = "";
        fields["Input.Quotes[0].Text"] = "We will not stop";
        fields["Input.Quotes[0].Speaker"] = "";
        fields["Input.KeyDates[0].Label"] = "Operation ran";
        fields["Input.KeyDates[0].From.Day"] = "23";
        fields["Input.KeyDates[0].From.Month"] = "5";
        fields["Input.KeyDates[0].From.Year"] = "2020";
        fields["Input.KeyDates[0].To.Day"] = "18";
        fields["Input.KeyDates[0].To.Month"] = "5";
        fields["Input.KeyDates[0].To.Year"] = "2020";

        var response = await admin.PostWithTokenAsync(form, "/admin/releases/create?handler=Save", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter a headline", html);
        Assert.Contains("Figure 1: the number must be 0 or more", html);
        Assert.Contains("Figure 2: enter a number", html);
        Assert.Contains("Quote 1: enter who said it", html);
        Assert.Contains("Key date 1: the end date must be the same as or after the start date", html);
        Assert.Contains("href=\"#figures-0-value\"", html);
        Assert.Contains("Body typed by the officer", html);
        Assert.Contains("value=\"-4\"", html);
        Assert.Contains("We will not stop", html);
        Assert.Contains("value=\"Operation ran\"", html);
        Assert.Contains("value=\"Warrants\"", html);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Revisions.AnyAsync(v => v.Body == "Body typed by the officer"));
    }

    [Fact]
    public async Task Should_add_remove_and_reorder_figures_without_losing_typed_input()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var form = await admin.GetPageAsync("/admin/releases/create");
        var fields = AdminClient.FormValues(form);
        fields["Input.Headline"] = "Typed headline";
        fields["Input.Figures[0].Label"] = "First";
        fields["Input.Figures[0].Value"] = "1";
        fields["Input.Figures[1].Label"] = "Second";
        fields["Input.Figures[1].Value"] = "2";

        var added = await (await admin.PostWithTokenAsync(form, "/admin/releases/create?handler=Row&list=figures&index=0&op=add", fields)).Content.ReadAsStringAsync();
        Assert.Contains("Figure 3", added);
        Assert.Contains("value=\"Typed headline\"", added);

        var moved = await (await admin.PostWithTokenAsync(added, "/admin/releases/create?handler=Row&list=figures&index=1&op=up", AdminClient.FormValues(added))).Content.ReadAsStringAsync();
        Assert.True(moved.IndexOf("value=\"Second\"", StringComparison.Ordinal) < moved.IndexOf("value=\"First\"", StringComparison.Ordinal));

        var removed = await (await admin.PostWithTokenAsync(moved, "/admin/releases/create?handler=Row&list=figures&index=0&op=remove", AdminClient.FormValues(moved))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("value=\"Second\"", removed);
        Assert.Contains("value=\"First\"", removed);
        Assert.Contains("value=\"Typed headline\"", removed);
    }

    [Fact]
    public async Task Should_render_a_markdown_preview_without_saving()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        var form = await admin.GetPageAsync("/admin/releases/create");
        var fields = AdminClient.FormValues(form);
        fields["Input.Body"] = "Officers **arrested** a man. <script>alert(1)</script>";

        var html = await (await admin.PostWithTokenAsync(form, "/admin/releases/create?handler=Preview", fields)).Content.ReadAsStringAsync();

        Assert.Contains("<strong>arrested</strong>", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }
}
