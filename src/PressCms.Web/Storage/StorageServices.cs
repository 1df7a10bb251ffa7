using Microsoft.EntityFrameworkCore;
using PressCms.Data;
using PressCms.Data.Postgres;
using PressCms.Data.Sqlite;
using PressCms.Web.Alerts;
using PressCms.Web.Media;
using Microsoft.AspNetCore.DataProtection;

namespace PressCms.Web.Storage;

public static class StorageServices
{
    public static IServiceCollection AddPressCmsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PressCmsOptions>().BindConfiguration(PressCmsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PressCmsPaths>();
        var database = configuration.GetSection(PressCmsOptions.Section).Get<PressCmsOptions>()?.Database ?? new DatabaseOptions();
        if (database.Provider == "Postgres")
        {
            if (string.IsNullOrWhiteSpace(database.ConnectionString))
            {
                throw new InvalidOperationException("PressCms:Database:ConnectionString is required when PressCms:Database:Provider is Postgres");
            }
            services.AddDbContext<PressCmsDbContext, PostgresPressCmsDbContext>(o => o.UseNpgsql(database.ConnectionString));
        }
        else
        {
            services.AddDbContext<PressCmsDbContext, SqlitePressCmsDbContext>((provider, o) =>
                o.UseSqlite(database.ConnectionString is { Length: > 0 } cs ? cs : $"Data Source={Path.Combine(provider.GetRequiredService<PressCmsPaths>().Data, "presscms.db")}"));
        }
        return services;
    }

    /// <summary>
    /// Creates and migrates the database; SQLite is switched to WAL so readers never wait for a writer.
    /// Data the schema gained later is then filled in (enclosure sizes), and alert link tokens sealed
    /// under an older build's key ring are sealed again with today's.
    /// </summary>
    public static async Task MigratePressCmsAsync(this IServiceProvider services)
    {
        Directory.CreateDirectory(services.GetRequiredService<PressCmsPaths>().Data);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        await EnclosureSizes.BackfillAsync(db, scope.ServiceProvider.GetRequiredService<MediaStore>());
        await AlertTokenUpgrade.ResealAsync(db, scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>(),
            scope.ServiceProvider.GetRequiredService<IHostEnvironment>(), AlertTokenUpgrade.DefaultLegacyFolder);
    }
}
