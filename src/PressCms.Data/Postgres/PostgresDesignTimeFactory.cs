using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PressCms.Data.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPressCmsDbContext>
{
    public PostgresPressCmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPressCmsDbContext>().UseNpgsql("Host=localhost;Database=presscms_design")
            .UseApplicationServiceProvider(Identity.IdentitySchema.DesignTimeServices).Options);
}
