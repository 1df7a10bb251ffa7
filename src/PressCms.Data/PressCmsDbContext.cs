using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Alerts;
using PressCms.Core.Audit;
using PressCms.Core.Media;
using PressCms.Core.Newsroom;
using PressCms.Core.People;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Data.Configurations;
using PressCms.Data.Identity;

namespace PressCms.Data;

/// <summary>
/// The newsroom's database. Each provider has a subclass with its own migrations
/// (<see cref="Sqlite.SqlitePressCmsDbContext"/>, <see cref="Postgres.PostgresPressCmsDbContext"/>).
/// </summary>
public abstract class PressCmsDbContext(DbContextOptions options) : IdentityDbContext<PressUser, Microsoft.AspNetCore.Identity.IdentityRole, string,
    Microsoft.AspNetCore.Identity.IdentityUserClaim<string>, Microsoft.AspNetCore.Identity.IdentityUserRole<string>, Microsoft.AspNetCore.Identity.IdentityUserLogin<string>,
    Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>, Microsoft.AspNetCore.Identity.IdentityUserToken<string>, Microsoft.AspNetCore.Identity.IdentityUserPasskey<string>>(options)
{
    public DbSet<Release> Releases => Set<Release>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();
    public DbSet<Term> Terms => Set<Term>();
    public DbSet<Operation> Operations => Set<Operation>();
    public DbSet<NewsroomSettings> Newsroom => Set<NewsroomSettings>();
    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<MediaAsset> Media => Set<MediaAsset>();
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<AlertMessage> AlertOutbox => Set<AlertMessage>();
    public DbSet<StaffEmail> StaffOutbox => Set<StaffEmail>();

    private readonly List<AuditRecord> pendingAudit = [];

    /// <summary>Adds an entry to the audit trail in the same transaction as the next save, so a change and its record stand or fall together.</summary>
    public void Record(AuditRecord record) => pendingAudit.Add(record);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (pendingAudit.Count == 0)
        {
            return await SaveAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // The chain has one head: writers take turns from reading it to committing after it, so two
        // never seal against the same entry. A caller's own transaction has taken the turn already
        // (LockAuditChainAsync), or takes it here.
        var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await LockAuditChainAsync(cancellationToken);
            var written = await SaveAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
            return written;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Takes this transaction's turn at the end of the audit chain, until it commits or rolls back:
    /// a PostgreSQL advisory lock; on SQLite the transaction is BEGIN IMMEDIATE, the database's one
    /// writer, already. A transaction that will lock rows and audit takes its turn first, so every
    /// writer takes the two in the same order and none waits on another in a circle.
    /// </summary>
    public async Task LockAuditChainAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The audit chain is locked for a transaction; begin one first.");
        }
        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AuditChainLockKey})", cancellationToken);
        }
    }

    // Any fixed number no other code uses as an advisory lock key: "PressAud" in ASCII.
    private const long AuditChainLockKey = 0x5072657373417564;

    private async Task<int> SaveAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var sealedEntries = await SealPendingAuditAsync(cancellationToken);
        var (shown, scheduled) = (ChangesWhatFeedsShow(), ChangesASchedule());
        if (shown || scheduled)
        {
            await RenewStampsAsync(shown, cancellationToken);
        }
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            pendingAudit.Clear();
            return written;
        }
        catch
        {
            // Nothing was saved, so nothing happened that the trail should record.
            Detach(sealedEntries);
            pendingAudit.Clear();
            throw;
        }
    }

    /// <summary>
    /// Whether this save changes anything the public site or a feed shows, so the public stamp (the
    /// pages' and feeds' version, read in one lookup) moves with it: images, names, settings, and
    /// any release that is or was ever public. A release never live (a draft, one in review, one
    /// approved under embargo that has no live revision yet) shows nowhere, and the go-live and
    /// take-down bookkeeping changes nothing shown; neither moves the stamp. What the clock alone
    /// changes (an embargo lifting, a take-down time passing) is read from the stored times
    /// (<see cref="Queries.PublicBoundaries"/>), not from a write.
    /// </summary>
    private bool ChangesWhatFeedsShow()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        return ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity switch
            {
                MediaAsset or Term or Operation or NewsroomSettings => true,
                Release => WasOrIsPublic(e, now) && (e.State != EntityState.Modified || e.Properties.Any(p => p.IsModified && !Bookkeeping.Contains(p.Metadata.Name))),
                // A revision shows once it went live; a draft's, or one waiting for its embargo, does not yet.
                Revision => Passed(e.Property(nameof(Revision.WentLiveUtc)), e.State, now),
                _ => false,
            });
    }

    /// <summary>Whether a release's times or state change, public or not: the clock's instants (<see cref="Queries.PublicBoundaries"/>) are read again.</summary>
    private bool ChangesASchedule() => ChangeTracker.Entries<Release>().Any(e =>
        e.State is EntityState.Added or EntityState.Deleted
        || (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && Scheduling.Contains(p.Metadata.Name))));

    private static readonly HashSet<string> Scheduling =
        [nameof(Release.PublishAtUtc), nameof(Release.UnpublishAtUtc), nameof(Release.WithdrawnUtc), nameof(Release.Status), nameof(Release.LiveRevisionNumber)];

    /// <summary>Release columns that record what the workers did, never what anyone reads.</summary>
    private static readonly HashSet<string> Bookkeeping =
        [nameof(Release.GoLiveHandledUtc), nameof(Release.HandledUnpublishAtUtc), nameof(Release.EmergencyEscalatedUtc), nameof(Release.Version)];

    /// <summary>Whether the release has been public, before this change or after it: a live revision whose embargo has lifted.</summary>
    private static bool WasOrIsPublic(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, DateTime now)
    {
        var (live, publish) = (entry.Property(nameof(Release.LiveRevisionNumber)), entry.Property(nameof(Release.PublishAtUtc)));
        var isPublic = live.CurrentValue is not null && publish.CurrentValue is DateTime at && at <= now;
        var wasPublic = entry.State != EntityState.Added && live.OriginalValue is not null && publish.OriginalValue is DateTime then && then <= now;
        return isPublic || wasPublic;
    }

    private static bool Passed(Microsoft.EntityFrameworkCore.ChangeTracking.PropertyEntry instant, EntityState state, DateTime now) =>
        (instant.CurrentValue is DateTime at && at <= now) || (state != EntityState.Added && instant.OriginalValue is DateTime then && then <= now);

    /// <summary>The host's clock (tests fake it), as every other stored time.</summary>
    private TimeProvider Clock =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>() ?? TimeProvider.System;

    /// <summary>
    /// A new <see cref="NewsroomSettings.PublicStamp"/>, written in the same save as the change it
    /// marks: the change and the new feed validators stand or fall together.
    /// </summary>
    private async Task RenewStampsAsync(bool shown, CancellationToken cancellationToken)
    {
        var settings = Newsroom.Local.FirstOrDefault() ?? await Newsroom.FirstOrDefaultAsync(cancellationToken);
        if (settings is not null)
        {
            if (shown)
            {
                settings.PublicStamp = Guid.NewGuid().ToString("N");
                settings.PublicStampUtc = Clock.GetUtcNow().UtcDateTime;
            }
            settings.ScheduleStamp = Guid.NewGuid().ToString("N");
        }
    }

    private void Detach(List<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            Entry(entry).State = EntityState.Detached;
        }
    }

    private async Task<List<AuditEntry>> SealPendingAuditAsync(CancellationToken cancellationToken)
    {
        var sealedEntries = new List<AuditEntry>();
        if (pendingAudit.Count == 0)
        {
            return sealedEntries;
        }
        var previous = await AuditTrail.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        foreach (var record in pendingAudit)
        {
            previous = AuditEntry.After(previous, record);
            sealedEntries.Add(previous);
            AuditTrail.Add(previous);
        }
        return sealedEntries;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PressCmsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
