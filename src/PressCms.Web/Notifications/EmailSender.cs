using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PressCms.Web.Notifications;

/// <summary>Sends plain-text emails through SMTP (MailKit). A failure is logged, never thrown: the change it reports is already saved.</summary>
public sealed class EmailSender(IOptions<EmailOptions> options, TimeProvider time, ILogger<EmailSender> logger)
{
    public bool IsOn => options.Value.IsOn;

    public async Task SendAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (messages.Count == 0)
        {
            return;
        }
        if (!settings.IsOn)
        {
            NotificationLog.EmailOffNotSent(logger, messages.Count);
            return;
        }
        try
        {
            using var smtp = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
            await smtp.ConnectAsync(settings.Host!, settings.Port, settings.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }
            foreach (var message in messages)
            {
                try
                {
                    await smtp.SendAsync(ToMime(message, settings.From), cancellationToken);
                    NotificationLog.EmailSent(logger, message.Subject, message.To);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    NotificationLog.EmailFailed(logger, message.Subject, message.To, ex);
                }
            }
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            NotificationLog.SmtpFailed(logger, settings.Host!, settings.Port, messages.Count, ex);
        }
    }

    private MimeMessage ToMime(EmailMessage message, string from)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = time.GetUtcNow(), Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }
}
