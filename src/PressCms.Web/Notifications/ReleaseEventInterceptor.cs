using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PressCms.Core.Releases;

namespace PressCms.Web.Notifications;

/// <summary>
/// Dispatches the decisions releases raised once they are committed, whichever page or endpoint
/// took them: after SaveChanges, or after the caller's own transaction commits. A failed save
/// dispatches nothing, and a failure to notify never fails the save.
/// </summary>
public sealed class ReleaseEventInterceptor(IServiceScopeFactory scopes, StaffOutbox email, ILogger<ReleaseEventInterceptor> logger)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            await DispatchAsync(context, savedOnly: false);
        }
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            // SaveChanges' own transaction commits before its changes are accepted; those wait for SavedChangesAsync.
            await DispatchAsync(context, savedOnly: true);
        }
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    private async Task DispatchAsync(DbContext context, bool savedOnly)
    {
        var releases = context.ChangeTracker.Entries<Release>()
            .Where(e => e.Entity.Events.Count > 0 && (!savedOnly || e.State == EntityState.Unchanged)).Select(e => e.Entity).ToList();
        if (releases.Count == 0)
        {
            return;
        }
        var decisions = releases.SelectMany(r => r.Events).ToList();
        releases.ForEach(r => r.ClearEvents());
        if (!email.IsOn)
        {
            return;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // Not the request's token: the decision is saved, so its notice goes out even if the officer closed the tab.
            await scope.ServiceProvider.GetRequiredService<ReleaseNotifier>().NotifyAsync(decisions, CancellationToken.None);
        }
        catch (Exception ex)
        {
            NotificationLog.NotifyFailed(logger, string.Join(", ", decisions.Select(d => d.ReleaseId).Distinct()), ex);
        }
    }
}
