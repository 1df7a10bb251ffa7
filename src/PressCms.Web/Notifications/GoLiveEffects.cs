using PressCms.Core.Audit;
using PressCms.Core.Releases;
using PressCms.Data;
using PressCms.Web.Alerts;

namespace PressCms.Web.Notifications;

/// <summary>
/// The side effects of a release going live, once per release: claimed, marked handled and audited
/// in one transaction, then the author is emailed after the commit. Coming down at the time set
/// is handled the same way (marked and audited once; the save tells the WebSub hub).
/// </summary>
public sealed class GoLiveEffects(PressCmsDbContext db, Recipients recipients, StaffOutbox email, AlertQueue alerts, ILogger<GoLiveEffects> logger)
{
    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var handled = await ClaimAsync(nowUtc, cancellationToken);
            total += handled.Count;
            await NotifyAsync(handled, cancellationToken);
            if (handled.Count < DueReleases.Batch)
            {
                return total;
            }
        }
    }

    /// <summary>Marks and audits releases that came down at their set time; returns how many.</summary>
    public async Task<int> TakeDownAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.LockAuditChainAsync(cancellationToken);
            var due = await DueReleases.ClaimTakenDownAsync(db, nowUtc, cancellationToken);
            var handled = due.Where(r => r.MarkTakeDownHandled(nowUtc)).ToList();
            foreach (var release in handled)
            {
                db.Record(new AuditRecord(nowUtc, AuditChannels.SystemActor, AuditActions.ReleaseTakenDown, AuditChannels.System,
                    release.Id, release.LiveRevisionNumber, $"taken down as set, at {release.UnpublishAtUtc:O}"));
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            total += handled.Count;
            if (due.Count < DueReleases.Batch)
            {
                return total;
            }
        }
    }

    private async Task<List<Release>> ClaimAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAuditChainAsync(cancellationToken);
        var due = await DueReleases.ClaimGoingLiveAsync(db, nowUtc, cancellationToken);
        var handled = due.Where(r => r.MarkGoLiveHandled(nowUtc)).ToList();
        foreach (var release in handled)
        {
            db.Record(new AuditRecord(nowUtc, AuditChannels.SystemActor, AuditActions.ReleaseWentLive, AuditChannels.System,
                release.Id, release.LiveRevisionNumber, $"public from {release.PublishAtUtc:O}"));
        }
        await alerts.QueueGoLiveAsync(handled, nowUtc, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return handled;
    }

    private async Task NotifyAsync(List<Release> handled, CancellationToken cancellationToken)
    {
        var messages = new List<EmailMessage>();
        foreach (var release in handled)
        {
            NotificationLog.WentLive(logger, release.Id);
            if (!email.IsOn || await ReleaseSummary.LoadAsync(db, release.Id, live: true, cancellationToken) is not { } summary)
            {
                continue;
            }
            if (await recipients.AuthorOfAsync(release.Id, cancellationToken) is { } author)
            {
                messages.Add(ReleaseEmails.WentLive(summary, release.PublishAtUtc!.Value) with { To = author });
            }
            else
            {
                NotificationLog.NoAddress(logger, "the author", release.Id);
            }
        }
        await email.SendAsync(messages, cancellationToken);
    }
}
