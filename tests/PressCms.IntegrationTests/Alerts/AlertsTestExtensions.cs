using Microsoft.Extensions.DependencyInjection;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Notifications;
using PressCms.Web.Alerts;

namespace PressCms.IntegrationTests.Alerts;

/// <summary>Alerts are sent when the test says, never on a timer behind its back.</summary>
public static class AlertsTestExtensions
{
    public static readonly Dictionary<string, string?> ManualSending = new() { ["PressCms:Alerts:SendInterval"] = "00:00:00" };

    public static Task<AlertOutcome> SendAlertsAsync(this MailedNewsroom newsroom, Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? node = null) =>
        (node ?? newsroom.Node).Services.GetRequiredService<AlertSender>().RunOnceAsync();

    /// <summary>An administrator writes it, the approver approves it, the administrator publishes it now; go-live runs.</summary>
    public static async Task<string> PublishNowAsync(this MailedNewsroom newsroom, AdminClient officer, AdminClient approver, string headline, Action<Dictionary<string, string>>? fill = null)
    {
        var edit = await officer.CreateDraftAsync(f =>
        {
            f["Input.Headline"] = headline;
            fill?.Invoke(f);
        });
        await officer.PublishThroughReviewAsync(approver, edit);
        Assert.Equal(1, (await newsroom.RunOnceAsync()).WentLive);
        return edit;
    }
}
