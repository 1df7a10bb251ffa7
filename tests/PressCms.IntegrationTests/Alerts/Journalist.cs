using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Notifications;

namespace PressCms.IntegrationTests.Alerts;

/// <summary>A journalist with a browser and an inbox on the newsroom's SMTP sink.</summary>
public sealed partial class Journalist(MailedNewsroom newsroom, string email) : IDisposable
{
    private readonly AdminClient browser = new(newsroom.Node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    public string Email => email;

    public HttpClient Http => browser.Http;

    public IReadOnlyList<MimeMessage> Inbox => newsroom.Sink.To(email);

    public IReadOnlyList<MimeMessage> Alerts => [.. Inbox.Where(m => m.Headers.Contains("List-Unsubscribe"))];

    public async Task<HttpResponseMessage> SubscribeAsync(string topic = "all", string frequency = "Immediate", string? typed = null)
    {
        var path = $"/alerts/subscribe?topic={Uri.EscapeDataString(topic)}";
        return await browser.PostFormAsync(path, path, new() { ["Email"] = typed ?? email, ["Frequency"] = frequency, ["Topic"] = topic });
    }

    /// <summary>Opens the newest confirmation email's link and presses Confirm; returns the token.</summary>
    public async Task<string> ConfirmAsync()
    {
        var confirmation = Inbox.Last(m => m.Subject?.StartsWith("Confirm your email alerts", StringComparison.Ordinal) == true);
        var path = new Uri(ConfirmLink().Match(confirmation.TextBody ?? "").Value).AbsolutePath;
        var page = await browser.GetPageAsync(path);
        var confirmed = await browser.PostWithTokenAsync(page, path, []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("You are subscribed", await confirmed.Content.ReadAsStringAsync());
        return path.Split('/')[^1];
    }

    public async Task<HttpResponseMessage> SubscribeAndConfirmAsync(string topic = "all", string frequency = "Immediate")
    {
        var response = await SubscribeAsync(topic, frequency);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await newsroom.SendAlertsAsync();
        await ConfirmAsync();
        return response;
    }

    /// <summary>What a mail client does with List-Unsubscribe-Post: a bare POST, no cookies, no antiforgery token.</summary>
    public async Task<HttpResponseMessage> OneClickUnsubscribeAsync(MimeMessage alert)
    {
        var url = (alert.Headers["List-Unsubscribe"] ?? "").Trim('<', '>');
        using var mailClient = newsroom.Node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return await mailClient.PostAsync(new Uri(url).AbsolutePath, new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));
    }

    public void Dispose() => browser.Dispose();

    [GeneratedRegex(@"https?://\S+/alerts/confirm/[A-Za-z0-9_-]+")]
    private static partial Regex ConfirmLink();
}
