using Microsoft.Extensions.Options;
using PressCms.Core.Audit;
using PressCms.Core.Releases;
using PressCms.Data;

namespace PressCms.Web.Notifications;

/// <summary>
/// Tells the Approvers, once, that an emergency publication has waited longer than
/// PressCms:Notifications:EmergencyApprovalHours for retrospective approval.
/// </summary>
public sealed class EmergencyEscalation(PressCmsDbContext db, Recipients recipients, StaffOutbox email, IOptions<NotificationOptions> options, ILogger<EmergencyEscalation> logger)
{
    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var escalated = await ClaimAsync(nowUtc, cancellationToken);
            total += escalated.Count;
            await NotifyAsync(escalated, cancellationToken);
            if (escalated.Count < DueReleases.Batch)
            {
                return total;
            }
        }
    }

    private async Task<List<Release>> ClaimAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var wait = options.Value.EmergencyApprovalWait;
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAuditChainAsync(cancellationToken);
        var due = await DueReleases.ClaimUnapprovedEmergenciesAsync(db, nowUtc - wait, cancellationToken);
        var escalated = due.Where(r => r.MarkEmergencyEscalated(wait, nowUtc)).ToList();
        foreach (var release in escalated)
        {
            db.Record(new AuditRecord(nowUtc, AuditChannels.SystemActor, AuditActions.ReleaseEscalated, AuditChannels.System,
                release.Id, release.LiveRevisionNumber, $"awaiting retrospective approval since {release.EmergencyPublishedUtc:O}"));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return escalated;
    }

    private async Task NotifyAsync(List<Release> escalated, CancellationToken cancellationToken)
    {
        var messages = new List<EmailMessage>();
        foreach (var release in escalated)
        {
            NotificationLog.Escalated(logger, release.Id);
            if (!email.IsOn || await ReleaseSummary.LoadAsync(db, release.Id, live: true, cancellationToken) is not { } summary)
            {
                continue;
            }
            var message = ReleaseEmails.Escalated(summary, release.EmergencyPublishedBy, release.EmergencyPublishedUtc!.Value, release.EmergencyReason, options.Value.EmergencyApprovalWait);
            messages.AddRange((await recipients.ApproversAsync()).Select(a => message with { To = a }));
        }
        await email.SendAsync(messages, cancellationToken);
    }
}
