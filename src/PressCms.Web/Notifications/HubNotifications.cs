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
/// Tells the WebSub hub the feeds changed whenever a change to a release is committed: a decision
/// (publish, withdraw, correct) or a scheduled release going live. Like email, after the commit and
/// never able to fail the save; the ping runs in the background so a slow hub slows no one.
/// </summary>
public sealed class HubNotifications(HubPing hub, IServiceScopeFactory scopes) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> pending = [];

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
            var changed = context.ChangeTracker.Entries<Release>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity.Id).ToList();
            if (changed.Count > 0)
            {
                pending.GetOrCreateValue(context).UnionWith(changed);
            }
        }
        return result;
    }

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

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            pending.Remove(context);
        }
    }

    private void Dispatch(DbContext context)
    {
        if (!pending.TryGetValue(context, out var releaseIds))
        {
            return;
        }
        pending.Remove(context);
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
                var origin = (await db.Newsroom.AsNoTracking().SingleOrDefaultAsync())?.BaseUrl ?? "http://localhost";
                // The topic feeds of what is (or was) live: the release may have entered or left any of them.
                var live = await db.Revisions.AsNoTracking()
                    .Where(v => releaseIds.Contains(v.ReleaseId) && v.Number == v.Release.LiveRevisionNumber).ToListAsync();
                await hub.PublishAsync([.. HubPing.SiteFeeds(origin), .. HubPing.TopicFeeds(origin, live)], CancellationToken.None);
            }
            catch (Exception ex) when (ex is InvalidOperationException or DbException or ObjectDisposedException)
            {
                hub.Failed(ex);
            }
        });
    }
}
