using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PressCms.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressCms.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class EmbargoJourneyTests(NewsroomBrowser browser)
{
    [Fact]
    public async Task Should_take_a_release_from_author_to_approver_to_embargo_and_show_it_at_that_minute()
    {
        var newsroom = browser.Newsroom;
        await using var authorContext = await browser.NewAdminContextAsync();
        var author = await authorContext.NewPageAsync();
        await author.GotoAsync("/admin/releases/create");
        await author.GetByLabel("Kind of release").SelectOptionAsync(new SelectOptionValue { Label = "Charge" });
        await author.GetByLabel("Headline", new() { Exact = true }).FillAsync("Man charged after Brixton robbery");
        await author.GetByLabel("Web address", new() { Exact = true }).FillAsync("man-charged-after-brixton-robbery");
        await author.GetByLabel("Body", new() { Exact = true }).FillAsync("A man has been charged with robbery.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }).ClickAsync();
        await Expect(author.GetByRole(AriaRole.Status)).ToContainTextAsync("submitted for review");
        var editUrl = author.Url;

        await using (var approverContext = await browser.NewContextAsync())
        {
            var approver = await approverContext.NewPageAsync();
            await approver.GotoAsync("/admin/my-work");
            await NewsroomBrowser.SignInAsync(approver, newsroom, BrowserNewsroom.ApproverEmail);
            await approver.GetByRole(AriaRole.Link, new() { Name = "Man charged after Brixton robbery" }).ClickAsync();
            await approver.GetByRole(AriaRole.Link, new() { Name = "Approve", Exact = true }).ClickAsync();
            foreach (var check in new[] { "Contempt", "Safeguarding", "quote", "Images" })
            {
                await approver.GetByLabel(check, new() { Exact = false }).CheckAsync();
            }
            await approver.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
            await Expect(approver.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved.");
        }

        // The embargo: the next whole hour in London, at least 30 minutes away.
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var local = TimeZoneInfo.ConvertTime(newsroom.Clock.GetUtcNow(), london);
        var embargoLocal = new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0).AddHours(local.Minute < 30 ? 1 : 2);
        var embargoUtc = TimeZoneInfo.ConvertTimeToUtc(embargoLocal, london);
        await author.GotoAsync(editUrl);
        await author.GetByRole(AriaRole.Link, new() { Name = "Publish or schedule" }).ClickAsync();
        await author.GetByLabel("At a set time", new() { Exact = false }).CheckAsync();
        await author.Locator("#publishDate-day").FillAsync(embargoLocal.Day.ToString(CultureInfo.InvariantCulture));
        await author.Locator("#publishDate-month").FillAsync(embargoLocal.Month.ToString(CultureInfo.InvariantCulture));
        await author.Locator("#publishDate-year").FillAsync(embargoLocal.Year.ToString(CultureInfo.InvariantCulture));
        await author.Locator("#publishTime").FillAsync(embargoLocal.ToString("HH:mm", CultureInfo.InvariantCulture));
        await author.GetByRole(AriaRole.Button, new() { Name = "Publish or schedule" }).ClickAsync();
        await Expect(author.GetByRole(AriaRole.Status)).ToContainTextAsync("Scheduled.");

        await using var readerContext = await browser.NewContextAsync();
        var reader = await readerContext.NewPageAsync();
        newsroom.Clock.SetUtcNow(new DateTimeOffset(embargoUtc).AddMilliseconds(-1));
        Assert.Equal(404, (await reader.GotoAsync("/news/man-charged-after-brixton-robbery"))?.Status);
        await reader.GotoAsync("/");
        await Expect(reader.GetByText("Man charged after Brixton robbery")).ToHaveCountAsync(0);

        newsroom.Clock.SetUtcNow(new DateTimeOffset(embargoUtc).AddMilliseconds(1));
        Assert.Equal(200, (await reader.GotoAsync("/news/man-charged-after-brixton-robbery"))?.Status);
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Man charged after Brixton robbery", Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.Locator("time").First).ToHaveAttributeAsync("datetime", new Regex(Regex.Escape(embargoUtc.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture))));
    }
}
