using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PressCms.Data.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePressCmsDbContext>
{
    public SqlitePressCmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePressCmsDbContext>().UseSqlite("Data Source=design.db")
            .UseApplicationServiceProvider(Identity.IdentitySchema.DesignTimeServices).Options);
}
