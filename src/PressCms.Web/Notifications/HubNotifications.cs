using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PressCms.Core.Releases;
using PressCms.Data;
using PressCms.Data.Postgres;
using PressCms.Data.Sqlite;
using PressCms.Web.Feeds;
using PressCms.Web.Storage;

namespace PressCms.Web.Notifications;

/// <summary>
/// Tells the WebSub hub the feeds changed whenever a committed change touches a release that is
/// public before or after it: publishing now, a scheduled release going live, a correction, a
/// withdrawal, and a release coming down at its set time once that is handled. Drafts, reviews and scheduling change no feed, and a ping then would tell the hub (a
/// third party) what an embargoed release is about. Like email, after the commit and never able
/// to fail the save; the ping runs in the background so a slow hub slows no one.
/// </summary>
public sealed class HubNotifications(HubPing hub, IServiceScopeFactory scopes, TimeProvider time) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Per context: each release whose feeds changed, with the live revision numbers before and after the change.
    private readonly ConditionalWeakTable<DbContext, Dictionary<string, HashSet<int>>> pending = [];

    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<HubPing>();
        services.AddSingleton<HubNotifications>();
        if (configuration.GetSection(PressCmsOptions.Section).Get<PressCmsOptions>()?.Database.Provider == "Postgres")
        {
            services.ConfigureDbContext<PostgresPressCmsDbContext>((provider, o) => o.AddInterceptors(provider.GetRequiredService<HubNotifications>()));
        }
        else
        {
            services.ConfigureDbContext<SqlitePressCmsDbContext>((provider, o) => o.AddInterceptors(provider.GetRequiredService<HubNotifications>()));
        }
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        SavingChanges(eventData, result);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (hub.IsOn && eventData.Context is { } context)
        {
            var nowUtc = time.GetUtcNow().UtcDateTime;
            foreach (var entry in context.ChangeTracker.Entries<Release>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                var release = entry.Entity;
                var publicAfter = entry.State != EntityState.Deleted && IsPublic(release.Status, release.PublishAtUtc, release.UnpublishAtUtc, nowUtc);
                var publicBefore = entry.State != EntityState.Added && IsPublic(
                    (ReleaseStatus)entry.OriginalValues[nameof(Release.Status)]!, (DateTime?)entry.OriginalValues[nameof(Release.PublishAtUtc)],
                    (DateTime?)entry.OriginalValues[nameof(Release.UnpublishAtUtc)], nowUtc);
                // Coming down at the set time changes no stored decision; handling it is the change feeds see.
                var takenDown = entry.State == EntityState.Modified && release.HandledUnpublishAtUtc is { } handled
                    && !Equals(entry.OriginalValues[nameof(Release.HandledUnpublishAtUtc)], handled);
                if (!publicBefore && !publicAfter && !takenDown)
                {
                    continue;
                }
                var numbers = pending.GetOrCreateValue(context).TryGetValue(release.Id, out var known) ? known : [];
                pending.GetOrCreateValue(context)[release.Id] = numbers;
                if (publicBefore && entry.OriginalValues[nameof(Release.LiveRevisionNumber)] is int before)
                {
                    numbers.Add(before);
                }
                if ((publicAfter || takenDown) && release.LiveRevisionNumber is { } after)
                {
                    numbers.Add(after);
                }
            }
        }
        return result;
    }

    private static bool IsPublic(ReleaseStatus status, DateTime? publishAtUtc, DateTime? unpublishAtUtc, DateTime nowUtc) =>
        Publication.StateAt(status, publishAtUtc, unpublishAtUtc, nowUtc) == PublicationState.Live;

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            Dispatch(context);
        }
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            Dispatch(context);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    /// <summary>What was saved in a transaction that rolled back never happened: nothing to tell the hub.</summary>
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            pending.Remove(context);
        }
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            pending.Remove(context);
        }
    }

    private void Dispatch(DbContext context)
    {
        if (!pending.TryGetValue(context, out var changed) || changed.Count == 0)
        {
            pending.Remove(context);
            return;
        }
        var releaseIds = changed.Keys.ToList();
        pending.Remove(context);
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
                var origin = (await db.Newsroom.AsNoTracking().SingleOrDefaultAsync())?.BaseUrl ?? "http://localhost";
                // The topic feeds of what was public and what is: a correction may have moved the release between them.
                var live = (await db.Revisions.AsNoTracking().Where(v => releaseIds.Contains(v.ReleaseId)).ToListAsync())
                    .Where(v => changed[v.ReleaseId].Contains(v.Number)).ToList();
                await hub.PublishAsync([.. HubPing.SiteFeeds(origin), .. HubPing.TopicFeeds(origin, live)], CancellationToken.None);
            }
            catch (Exception ex) when (ex is InvalidOperationException or DbException or ObjectDisposedException)
            {
                hub.Failed(ex);
            }
        });
    }
}
