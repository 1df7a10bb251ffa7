using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PressCms.Core.Alerts;
using PressCms.Core.Newsroom;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Data;

namespace PressCms.Web.Alerts;

/// <summary>
/// Puts alerts in the outbox: at go-live inside the go-live transaction (so a release is either
/// handled with its alerts queued, or neither), and for corrections from the database, so an alert
/// is queued even if the node that saved the correction stopped right after. Only live revisions
/// are ever queued: embargoed content never reaches a subscriber.
/// </summary>
public sealed class AlertQueue(PressCmsDbContext db, IOptions<AlertOptions> options, ILogger<AlertQueue> logger)
{
    /// <summary>Called by go-live processing in its transaction, before it saves.</summary>
    public async Task QueueGoLiveAsync(IReadOnlyList<Release> wentLive, DateTime nowUtc, CancellationToken cancellationToken)
    {
        foreach (var release in wentLive)
        {
            var revision = await db.Revisions.AsNoTracking()
                .SingleAsync(v => v.ReleaseId == release.Id && v.Number == release.LiveRevisionNumber, cancellationToken);
            await QueueAsync(revision, AlertKind.GoLive, confirmedBy: nowUtc, nowUtc, cancellationToken);
        }
    }

    /// <summary>Queues alerts for live revisions published recently as corrections; returns how many were queued.</summary>
    public async Task<int> QueueCorrectionsAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var since = nowUtc - options.Value.CorrectionLookback;
        var corrections = await db.Revisions.AsNoTracking()
            .Where(v => v.CorrectionNote != null && v.WentLiveUtc >= since && v.WentLiveUtc <= nowUtc
                && v.Release.LiveRevisionNumber == v.Number && v.Release.Status != ReleaseStatus.Withdrawn)
            .ToListAsync(cancellationToken);
        var total = 0;
        foreach (var revision in corrections)
        {
            db.ChangeTracker.Clear();
            // Only those subscribed when it was corrected: a later subscriber did not miss anything.
            var queued = await QueueAsync(revision, AlertKind.Correction, confirmedBy: revision.WentLiveUtc!.Value, nowUtc, cancellationToken);
            if (queued == 0)
            {
                continue;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                total += queued;
            }
            catch (DbUpdateException)
            {
                // The unique index held: another node queued the same rows at the same moment.
                AlertLog.QueuedElsewhere(logger, revision.ReleaseId);
                db.ChangeTracker.Clear();
            }
        }
        return total;
    }

    private async Task<int> QueueAsync(Revision revision, AlertKind kind, DateTime confirmedBy, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var topics = Topic.KeysOf(revision);
        var subscribers = await db.Subscriptions.AsNoTracking()
            .Where(s => topics.Contains(s.Topic) && s.ConfirmedUtc != null && s.ConfirmedUtc <= confirmedBy && s.UnsubscribedUtc == null)
            .Select(s => new { s.Id, s.Frequency }).ToListAsync(cancellationToken);
        var already = (await db.AlertOutbox.AsNoTracking()
            .Where(m => m.ReleaseId == revision.ReleaseId && m.RevisionNumber == revision.Number && m.Kind == kind)
            .Select(m => m.SubscriptionId).ToListAsync(cancellationToken)).ToHashSet();
        var digestUtc = await NextDigestAsync(nowUtc, cancellationToken);
        var queued = 0;
        // One address following two matching topics still gets one alert per subscription; that is what it asked for.
        foreach (var subscriber in subscribers.Where(s => !already.Contains(s.Id)))
        {
            var due = subscriber.Frequency == AlertFrequency.Daily ? digestUtc : nowUtc;
            db.AlertOutbox.Add(AlertMessage.About(subscriber.Id, revision.ReleaseId, revision.Number, kind, nowUtc, due));
            queued++;
        }
        if (queued > 0)
        {
            AlertLog.Queued(logger, queued, revision.ReleaseId);
        }
        return queued;
    }

    private async Task<DateTime> NextDigestAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var site = await db.Newsroom.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new NewsroomSettings();
        return DigestSchedule.NextUtc(nowUtc, site.FindTimeZone(), options.Value.DigestHour);
    }
}
