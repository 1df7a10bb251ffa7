using Microsoft.EntityFrameworkCore;
using PressCms.Core.People;
using PressCms.Data;
using PressCms.Web.Alerts;

namespace PressCms.Web.Notifications;

/// <summary>
/// Staff notices go through an outbox: written after the decision they report is committed, sent
/// at once, and, when the mail server is away, retried by every go-live pass until it is back.
/// Each send is claimed for a lease, so nodes never send the same notice twice; a copy sent again
/// after a crash carries the same Message-ID.
/// </summary>
public sealed class StaffOutbox(IServiceScopeFactory scopes, AlertMailer mailer, TimeProvider time, ILogger<StaffOutbox> logger)
{
    /// <summary>Small enough to go through a slow relay well inside the lease.</summary>
    public const int Batch = 10;

    /// <summary>Sent notices and given-up ones are kept this long as a record, then deleted.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(90);

    public bool IsOn => mailer.IsOn;

    /// <summary>Queues the notices and sends them now; those that fail wait for <see cref="RetryDueAsync"/>.</summary>
    public async Task SendAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }
        if (!mailer.IsOn)
        {
            NotificationLog.EmailOffNotSent(logger, messages.Count);
            return;
        }
        var nowUtc = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        var rows = messages.Select(m => StaffEmail.Queue(m.To, m.Subject, m.Body, nowUtc)).ToList();
        rows.ForEach(r => r.Claim(nowUtc + AlertSender.Lease));
        db.StaffOutbox.AddRange(rows);
        // The decision is committed: its notices are written even if the request or host is stopping.
        await db.SaveChangesAsync(CancellationToken.None);
        await DeliverAsync(db, rows, nowUtc);
    }

    /// <summary>
    /// Queues the messages and sends them in the background, so the answer to the request that
    /// queued them takes the same time whether or not there was anything to send.
    /// </summary>
    public async Task QueueAsync(IReadOnlyCollection<EmailMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0 || !mailer.IsOn)
        {
            return;
        }
        var nowUtc = time.GetUtcNow().UtcDateTime;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            db.StaffOutbox.AddRange(messages.Select(m => StaffEmail.Queue(m.To, m.Subject, m.Body, nowUtc)));
            await db.SaveChangesAsync(cancellationToken);
        }
        _ = Task.Run(async () =>
        {
            try
            {
                await RetryDueAsync(nowUtc, CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The go-live pass retries it.
                logger.LogWarning(ex, "A queued staff email could not be sent now; it will be retried");
            }
        }, CancellationToken.None);
    }

    /// <summary>Sends the notices whose retry is due (one batch) and deletes old records; returns how many went.</summary>
    public async Task<int> RetryDueAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        var cutoff = nowUtc - KeepFor;
        await db.StaffOutbox.Where(e => e.DueUtc == null && e.CreatedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (!mailer.IsOn || !await db.StaffOutbox.AnyAsync(e => e.DueUtc != null && e.DueUtc <= nowUtc, cancellationToken))
        {
            return 0;
        }
        List<StaffEmail> claimed;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // PostgreSQL skips rows another node holds; SQLite's transaction already holds the write lock.
            claimed = await (db.Database.IsNpgsql()
                ? db.StaffOutbox.FromSql($"""
                    SELECT * FROM "StaffOutbox" WHERE "DueUtc" IS NOT NULL AND "DueUtc" <= {nowUtc}
                    ORDER BY "CreatedUtc" LIMIT {Batch} FOR UPDATE SKIP LOCKED
                    """)
                : db.StaffOutbox.Where(e => e.DueUtc != null && e.DueUtc <= nowUtc).OrderBy(e => e.CreatedUtc).Take(Batch)).ToListAsync(cancellationToken);
            claimed.ForEach(e => e.Claim(nowUtc + AlertSender.Lease));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return await DeliverAsync(db, claimed, nowUtc);
    }

    private async Task<int> DeliverAsync(PressCmsDbContext db, List<StaffEmail> rows, DateTime nowUtc)
    {
        // Not the caller's token: once claimed, the outcome is written even if the request that queued it has gone.
        var results = await mailer.SendAsync([.. rows.Select(r => new AlertEmail(r.To, r.Subject, r.Body, null) { MessageKey = "staff-" + r.Id.ToString("N") })], CancellationToken.None);
        var sent = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (results[i] is { } error)
            {
                rows[i].MarkFailed(error.Message, nowUtc);
                NotificationLog.EmailFailed(logger, rows[i].Subject, rows[i].To, rows[i].Attempts, rows[i].DueUtc, error);
            }
            else
            {
                rows[i].MarkSent(nowUtc);
                NotificationLog.EmailSent(logger, rows[i].Subject, rows[i].To);
                sent++;
            }
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return sent;
    }
}
