using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Newsroom;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Data.Configurations;
using PressCms.Data.Identity;

namespace PressCms.Data;

/// <summary>
/// The newsroom's database. Each provider has a subclass with its own migrations
/// (<see cref="Sqlite.SqlitePressCmsDbContext"/>, <see cref="Postgres.PostgresPressCmsDbContext"/>).
/// </summary>
public abstract class PressCmsDbContext(DbContextOptions options) : IdentityDbContext<PressUser>(options)
{
    public DbSet<Release> Releases => Set<Release>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<Term> Terms => Set<Term>();
    public DbSet<Operation> Operations => Set<Operation>();
    public DbSet<NewsroomSettings> Newsroom => Set<NewsroomSettings>();

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
