using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PressCms.Core.Alerts;
using PressCms.Data;

namespace PressCms.Web.Alerts;

/// <summary>
/// Every SendInterval (on the injected clock), deletes what is kept no longer (hourly, see
/// <see cref="AlertRetention"/>), queues missed corrections, then sends due outbox rows:
/// each is claimed for a short lease, sent, then stamped, so a restart loses nothing (an unstamped
/// row is due again when its lease ends) and a second pass sends nothing twice.
/// </summary>
public sealed class AlertSender(IServiceScopeFactory scopes, AlertMailer mailer, AlertRateLimit rate, IOptions<AlertOptions> options, TimeProvider time, ILogger<AlertSender> logger)
    : BackgroundService
{
    public const int Batch = 50;

    /// <summary>Long enough for one batch to go through a slow relay; a row whose node died is sent by another after this.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Retention runs on the first pass and then at most this often on each node.</summary>
    public static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    private DateTime lastPurgeUtc = DateTime.MinValue;

    /// <summary>One pass, as the timer runs it; tests call it directly.</summary>
    public async Task<AlertOutcome> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var nowUtc = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        if (nowUtc - lastPurgeUtc >= PurgeEvery)
        {
            await scope.ServiceProvider.GetRequiredService<AlertRetention>().RunAsync(nowUtc, cancellationToken);
            lastPurgeUtc = nowUtc;
        }
        var queued = await scope.ServiceProvider.GetRequiredService<AlertQueue>().QueueCorrectionsAsync(nowUtc, cancellationToken);
        var outcome = new AlertOutcome(queued, 0, 0);
        if (!mailer.IsOn)
        {
            // Rows wait in the outbox until email is configured.
            return outcome;
        }
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        var writer = scope.ServiceProvider.GetRequiredService<AlertWriter>();
        while (Math.Min(rate.Remaining(), Batch) is var budget and > 0 && await DueAlerts.AnyAsync(db, nowUtc, cancellationToken))
        {
            var claimed = await ClaimAsync(db, nowUtc, budget, cancellationToken);
            var (sent, failed) = await SendAsync(db, writer, claimed, nowUtc, cancellationToken);
            outcome = outcome with { Sent = outcome.Sent + sent, Failed = outcome.Failed + failed };
            if (claimed.Count < budget)
            {
                break;
            }
        }
        return outcome;
    }

    private static async Task<List<AlertMessage>> ClaimAsync(PressCmsDbContext db, DateTime nowUtc, int limit, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await DueAlerts.ClaimAsync(db, nowUtc, limit, cancellationToken);
        claimed.ForEach(m => m.Claim(nowUtc + Lease));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    private async Task<(int Sent, int Failed)> SendAsync(PressCmsDbContext db, AlertWriter writer, List<AlertMessage> claimed, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var emails = await writer.WriteAsync(claimed, nowUtc, cancellationToken);
        rate.Record(emails.Count);
        var results = await mailer.SendAsync([.. emails.Select(e => e.Keyed)], cancellationToken);
        var (sent, failed) = (0, 0);
        for (var i = 0; i < emails.Count; i++)
        {
            foreach (var row in emails[i].Rows)
            {
                if (results[i] is { } error)
                {
                    row.MarkFailed(error.Message, nowUtc);
                    AlertLog.AlertFailed(logger, row.Id, row.Attempts, error);
                }
                else
                {
                    row.MarkSent(nowUtc);
                }
            }
            (sent, failed) = results[i] is null ? (sent + 1, failed) : (sent, failed + 1);
        }
        await db.SaveChangesAsync(cancellationToken);
        return (sent, failed);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SendInterval;
        if (interval <= TimeSpan.Zero)
        {
            AlertLog.SendOff(logger);
            return;
        }
        AlertLog.SendEvery(logger, interval, options.Value.MaxPerMinute);
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    AlertLog.SendFailed(logger, interval, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}

/// <summary>What one pass did: corrections queued, emails sent, emails that failed (and will be retried).</summary>
public sealed record AlertOutcome(int Queued, int Sent, int Failed);
