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
        if (ChangesWhatFeedsShow())
        {
            await RenewPublicStampAsync(cancellationToken);
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

    /// <summary>Whether this save changes something feeds show that no release's revision numbers or times capture.</summary>
    private bool ChangesWhatFeedsShow() => ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && e.Entity is MediaAsset or Term or Operation or NewsroomSettings);

    /// <summary>
    /// A new <see cref="NewsroomSettings.PublicStamp"/>, written in the same save as the change it
    /// marks: the change and the new feed validators stand or fall together.
    /// </summary>
    private async Task RenewPublicStampAsync(CancellationToken cancellationToken)
    {
        var settings = Newsroom.Local.FirstOrDefault() ?? await Newsroom.FirstOrDefaultAsync(cancellationToken);
        if (settings is not null)
        {
            // The host's clock (tests fake it), as every other stored time.
            var time = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
                ?? TimeProvider.System;
            settings.PublicStamp = Guid.NewGuid().ToString("N");
            settings.PublicStampUtc = time.GetUtcNow().UtcDateTime;
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
