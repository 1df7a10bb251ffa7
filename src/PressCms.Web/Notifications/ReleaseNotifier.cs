using PressCms.Core.Releases;
using PressCms.Core.Workflow;
using PressCms.Data;

namespace PressCms.Web.Notifications;

/// <summary>
/// Handles saved review decisions: submit tells the Approvers; changes requested and approval tell
/// the author. Whoever took the decision is not told about it.
/// </summary>
public sealed class ReleaseNotifier(PressCmsDbContext db, Recipients recipients, StaffOutbox email, ILogger<ReleaseNotifier> logger)
{
    public async Task NotifyAsync(IReadOnlyList<ReleaseEvent> decisions, CancellationToken cancellationToken)
    {
        var messages = new List<EmailMessage>();
        foreach (var decision in decisions)
        {
            if (await ReleaseSummary.LoadAsync(db, decision.ReleaseId, live: false, cancellationToken) is not { } release
                || ReleaseEmails.For(decision, release) is not { } message)
            {
                continue;
            }
            var to = decision.Transition == Transition.Submit
                ? await recipients.ApproversAsync()
                : await recipients.AuthorOfAsync(decision.ReleaseId, cancellationToken) is { } author ? [author] : [];
            if (to.Count == 0)
            {
                NotificationLog.NoAddress(logger, decision.Transition == Transition.Submit ? "the Approvers" : "the author", decision.ReleaseId);
            }
            messages.AddRange(to.Where(a => !a.Equals(decision.Actor, StringComparison.OrdinalIgnoreCase)).Select(a => message with { To = a }));
        }
        await email.SendAsync(messages, cancellationToken);
    }
}
