using Microsoft.EntityFrameworkCore;

namespace PressCms.Data.Postgres;

public sealed class PostgresPressCmsDbContext(DbContextOptions<PostgresPressCmsDbContext> options) : PressCmsDbContext(options);
