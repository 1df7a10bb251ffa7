using Microsoft.EntityFrameworkCore;

namespace PressCms.Data.Sqlite;

public sealed class SqlitePressCmsDbContext(DbContextOptions<SqlitePressCmsDbContext> options) : PressCmsDbContext(options);
