using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PressCms.Data;

namespace PressCms.Web.Alerts;

/// <summary>
/// Keeps journalists' addresses no longer than they are needed: a subscription never confirmed is
/// deleted after <see cref="AlertOptions.UnconfirmedRetention"/>, an unsubscribed one after
/// <see cref="AlertOptions.UnsubscribedRetention"/> (their outbox rows go with them), and finished
/// outbox rows (sent, dropped or given up) after <see cref="AlertOptions.OutboxRetention"/>, which
/// is longer than any correction lookback, so nothing purged can be queued again.
/// </summary>
public sealed class AlertRetention(PressCmsDbContext db, IOptions<AlertOptions> options)
{
    public async Task<AlertPurge> RunAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var unconfirmedBefore = nowUtc - settings.UnconfirmedRetention;
        var unsubscribedBefore = nowUtc - settings.UnsubscribedRetention;
        var finishedBefore = nowUtc - settings.OutboxRetention;
        // Subscriptions first: the database deletes their outbox rows with them (cascade).
        var unconfirmed = await db.Subscriptions
            .Where(s => s.ConfirmedUtc == null && (s.ConfirmationRequestedUtc ?? s.CreatedUtc) < unconfirmedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        var unsubscribed = await db.Subscriptions
            .Where(s => s.UnsubscribedUtc != null && s.UnsubscribedUtc < unsubscribedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        var finished = await db.AlertOutbox
            .Where(m => m.DueUtc == null && m.CreatedUtc < finishedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        return new AlertPurge(unconfirmed, unsubscribed, finished);
    }
}

/// <summary>What one retention run deleted.</summary>
public sealed record AlertPurge(int UnconfirmedSubscriptions, int UnsubscribedSubscriptions, int FinishedAlerts);
