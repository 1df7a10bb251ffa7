using Microsoft.EntityFrameworkCore;
using PressCms.Core.Alerts;
using PressCms.Data;

namespace PressCms.Web.Alerts;

/// <summary>
/// Claims due outbox rows inside the caller's transaction: PostgreSQL locks them and skips rows
/// another node holds (FOR UPDATE SKIP LOCKED); SQLite's transaction already holds the write lock.
/// Rows of one subscription come together, so a daily digest is one email.
/// </summary>
public static class DueAlerts
{
    public static Task<bool> AnyAsync(PressCmsDbContext db, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.AlertOutbox.AnyAsync(m => m.DueUtc != null && m.DueUtc <= nowUtc, cancellationToken);

    public static Task<List<AlertMessage>> ClaimAsync(PressCmsDbContext db, DateTime nowUtc, int limit, CancellationToken cancellationToken) =>
        (db.Database.IsNpgsql()
            ? db.AlertOutbox.FromSql($"""
                SELECT * FROM "AlertOutbox"
                WHERE "DueUtc" IS NOT NULL AND "DueUtc" <= {nowUtc}
                ORDER BY "SubscriptionId", "CreatedUtc" LIMIT {limit}
                FOR UPDATE SKIP LOCKED
                """)
            : db.AlertOutbox.Where(m => m.DueUtc != null && m.DueUtc <= nowUtc).OrderBy(m => m.SubscriptionId).ThenBy(m => m.CreatedUtc).Take(limit))
        .ToListAsync(cancellationToken);
}
