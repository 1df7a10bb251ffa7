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
            f["Input.LeadImage.Src"] = "https://images.example.test/legatum-briefing.jpg";
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
        Assert.Contains("https://images.example.test/legatum-briefing.jpg", body);
    }
}
