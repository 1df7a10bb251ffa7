using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using PressCms.Web.Notifications;

namespace PressCms.Web.Alerts;

/// <summary>
/// Sends alert emails over one SMTP connection. Unlike staff notifications, a failure is reported
/// per email, because the outbox retries exactly the ones that did not go.
/// </summary>
public sealed class AlertMailer(IOptions<EmailOptions> options, TimeProvider time)
{
    public bool IsOn => options.Value.IsOn;

    /// <summary>Sends each email; the result holds the error of each that failed (null when sent).</summary>
    public async Task<Exception?[]> SendAsync(IReadOnlyList<AlertEmail> emails, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var results = new Exception?[emails.Count];
        if (emails.Count == 0)
        {
            return results;
        }
        using var smtp = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await smtp.ConnectAsync(settings.Host!, settings.Port, settings.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Array.Fill(results, ex);
            return results;
        }
        for (var i = 0; i < emails.Count; i++)
        {
            try
            {
                await smtp.SendAsync(ToMime(emails[i], settings.From), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                results[i] = ex;
            }
        }
        await smtp.DisconnectAsync(quit: true, cancellationToken);
        return results;
    }

    private MimeMessage ToMime(AlertEmail email, string from)
    {
        var mime = new MimeMessage { Subject = email.Subject, Date = time.GetUtcNow(), Body = new TextPart("plain") { Text = email.Body } };
        var sender = MailboxAddress.Parse(from);
        mime.From.Add(sender);
        if (email.MessageKey is { } key)
        {
            mime.MessageId = $"{key}@{sender.Domain}";
        }
        mime.To.Add(MailboxAddress.Parse(email.To));
        if (email.UnsubscribeUrl is { } unsubscribe)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        // Bulk mail: no out-of-office replies to the newsroom.
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        return mime;
    }
}
