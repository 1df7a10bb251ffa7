using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Media;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Notifications;

namespace PressCms.IntegrationTests.Alerts;

/// <summary>What an alert email carries: the facts a journalist needs to write without opening the page.</summary>
public sealed class AlertContentTests
{
    [Fact]
    public async Task Should_carry_the_figures_quotes_and_photo_credit_of_the_release()
    {
        await using var newsroom = new MailedNewsroom(Database.Sqlite, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var journalist = new Journalist(newsroom, "crime-desk@example-news.co.uk");
        await journalist.SubscribeAndConfirmAsync();
        var photo = await AddImageAsync(newsroom, "Officers at the operation briefing");
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);

        await newsroom.PublishNowAsync(officer, approver, "38 suspected online groomers arrested", f =>
        {
            f["Input.Standfirst"] = "Officers arrested 38 people and safeguarded 138 children.";
            f["Input.Figures[0].Label"] = "Suspects arrested";
            f["Input.Figures[0].Value"] = "38";
            f["Input.Quotes[0].Text"] = "Every image is a crime scene.";
            f["Input.Quotes[0].Speaker"] = "Helen Flanagan";
            f["Input.Quotes[0].Role"] = "Detective Superintendent";
            f["Input.LeadImage.Src"] = "/media/" + photo;
            f["Input.LeadImage.Alt"] = "Officers at the operation briefing";
            f["Input.LeadImage.Credit"] = "Metropolitan Police";
            f["Input.LeadImage.Copyright"] = "Crown copyright";
        });
        await newsroom.SendAlertsAsync();

        var body = Assert.Single(journalist.Alerts).TextBody ?? "";
        Assert.Contains("Officers arrested 38 people and safeguarded 138 children.", body);
        Assert.Contains("- Suspects arrested: 38", body);
        Assert.Contains("\"Every image is a crime scene.\"\n  - Helen Flanagan, Detective Superintendent", body.ReplaceLineEndings("\n"));
        Assert.Contains("Photo: Officers at the operation briefing. Credit: Metropolitan Police. Copyright: Crown copyright", body);
        Assert.Contains($"/media/{photo}/1200.jpg", body);
    }

    [Fact]
    public async Task Should_leave_out_a_library_image_removed_everywhere_before_the_alert_goes()
    {
        await using var newsroom = new MailedNewsroom(Database.Sqlite, AlertsTestExtensions.ManualSending);
        await newsroom.SetUpAsync();
        using var journalist = new Journalist(newsroom, "crime-desk@example-news.co.uk");
        await journalist.SubscribeAndConfirmAsync();
        var kept = await AddImageAsync(newsroom, "Officers outside the station");
        var removed = await AddImageAsync(newsroom, "The missing boy, Sam");
        using var officer = await newsroom.SignInAsync(NewsroomFactory.AdminEmail);
        using var approver = await newsroom.SignInAsync(NewsroomFactory.ApproverEmail);
        await newsroom.PublishNowAsync(officer, approver, "Station open day", f => f["Input.LeadImage.Src"] = "/media/" + kept);
        await newsroom.PublishNowAsync(officer, approver, "Missing boy: please share", f => f["Input.LeadImage.Src"] = "/media/" + removed);

        // The boy is found after the alerts were queued and before they go out.
        await using (var scope = newsroom.Node.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            (await db.Media.SingleAsync(a => a.Id == removed)).RemoveEverywhere("admin", "Boy found safe", newsroom.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }
        await newsroom.SendAlertsAsync();

        var open = journalist.Alerts.Single(a => a.Subject == "Station open day").TextBody ?? "";
        Assert.Contains("Photo: Officers outside the station. Credit: Metropolitan Police", open);
        Assert.Contains($"/media/{kept}/1200.jpg", open);
        var missing = journalist.Alerts.Single(a => a.Subject == "Missing boy: please share").TextBody ?? "";
        Assert.DoesNotContain("Photo:", missing);
        Assert.DoesNotContain(removed, missing);
        Assert.DoesNotContain("Sam", missing);
    }

    private static async Task<string> AddImageAsync(MailedNewsroom newsroom, string alt)
    {
        await using var scope = newsroom.Node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        var asset = MediaAsset.Upload(MediaAsset.NewId(), "photo.jpg", "jpeg", 2400, 1600, 500_000, new string('a', 64), [480, 800, 1200], 180_000,
            new MediaDetails(alt, null, "Metropolitan Police", null, "DI Jane Smith", "Investigating officer", "Public appeal", null),
            "admin", newsroom.Clock.GetUtcNow().UtcDateTime);
        db.Media.Add(asset);
        await db.SaveChangesAsync();
        return asset.Id;
    }
}
