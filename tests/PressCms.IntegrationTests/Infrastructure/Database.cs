namespace PressCms.IntegrationTests.Infrastructure;

/// <summary>The databases every integration test runs on: SQLite always, PostgreSQL when PRESSCMS_TEST_POSTGRES holds a connection string.</summary>
public static class Database
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static TheoryData<string> All => new(Sqlite, Postgres);

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("PRESSCMS_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    /// <summary>Skips a PostgreSQL case on a developer machine without a server; in CI the variable is set, so it runs.</summary>
    public static void SkipUnlessAvailable(string provider)
    {
        if (provider == Postgres && PostgresConnectionString is null)
        {
            Assert.Skip("PostgreSQL not configured: set PRESSCMS_TEST_POSTGRES to a connection string (CI does)");
        }
    }
}
