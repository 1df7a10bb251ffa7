using Microsoft.EntityFrameworkCore;
using PressCms.Core.Releases;
using PressCms.Data;

namespace PressCms.Web.Notifications;

/// <summary>
/// Claims releases whose clock-driven side effects are due, inside the caller's transaction, so that
/// with several nodes each release is claimed by exactly one. PostgreSQL locks the rows and skips
/// rows another node holds (FOR UPDATE SKIP LOCKED); SQLite has one writer, and its transaction
/// (BEGIN IMMEDIATE) already holds the write lock when it reads.
/// </summary>
public static class DueReleases
{
    public const int Batch = 50;

    /// <summary>Live now (the same test as <see cref="Publication.StateAt"/>) and not yet handled.</summary>
    public static Task<List<Release>> ClaimGoingLiveAsync(PressCmsDbContext db, DateTime nowUtc, CancellationToken cancellationToken) =>
        (db.Database.IsNpgsql()
            ? db.Releases.FromSql($"""
                SELECT * FROM "Releases"
                WHERE "GoLiveHandledUtc" IS NULL AND "Status" <> 'Withdrawn' AND "PublishAtUtc" <= {nowUtc}
                  AND ("UnpublishAtUtc" IS NULL OR "UnpublishAtUtc" > {nowUtc})
                ORDER BY "PublishAtUtc" LIMIT {Batch}
                FOR UPDATE SKIP LOCKED
                """)
            : db.Releases.Where(r => r.GoLiveHandledUtc == null && r.Status != ReleaseStatus.Withdrawn && r.PublishAtUtc <= nowUtc
                && (r.UnpublishAtUtc == null || r.UnpublishAtUtc > nowUtc)).OrderBy(r => r.PublishAtUtc).Take(Batch))
        .ToListAsync(cancellationToken);

    /// <summary>Come down at the time set (the same test as <see cref="Publication.StateAt"/> gives Ended), after being public, and not yet handled.</summary>
    public static Task<List<Release>> ClaimTakenDownAsync(PressCmsDbContext db, DateTime nowUtc, CancellationToken cancellationToken) =>
        (db.Database.IsNpgsql()
            ? db.Releases.FromSql($"""
                SELECT * FROM "Releases"
                WHERE "Status" <> 'Withdrawn' AND "UnpublishAtUtc" <= {nowUtc} AND "PublishAtUtc" < "UnpublishAtUtc"
                  AND ("HandledUnpublishAtUtc" IS NULL OR "HandledUnpublishAtUtc" <> "UnpublishAtUtc")
                ORDER BY "UnpublishAtUtc" LIMIT {Batch}
                FOR UPDATE SKIP LOCKED
                """)
            : db.Releases.Where(r => r.Status != ReleaseStatus.Withdrawn && r.UnpublishAtUtc <= nowUtc && r.PublishAtUtc < r.UnpublishAtUtc
                && (r.HandledUnpublishAtUtc == null || r.HandledUnpublishAtUtc != r.UnpublishAtUtc)).OrderBy(r => r.UnpublishAtUtc).Take(Batch))
        .ToListAsync(cancellationToken);

    /// <summary>Published in an emergency at or before <paramref name="publishedBeforeUtc"/>, still unapproved, Approvers not yet told.</summary>
    public static Task<List<Release>> ClaimUnapprovedEmergenciesAsync(PressCmsDbContext db, DateTime publishedBeforeUtc, CancellationToken cancellationToken) =>
        (db.Database.IsNpgsql()
            ? db.Releases.FromSql($"""
                SELECT * FROM "Releases"
                WHERE "AwaitingRetrospectiveApproval" AND "EmergencyEscalatedUtc" IS NULL AND "EmergencyPublishedUtc" <= {publishedBeforeUtc}
                ORDER BY "EmergencyPublishedUtc" LIMIT {Batch}
                FOR UPDATE SKIP LOCKED
                """)
            : db.Releases.Where(r => r.AwaitingRetrospectiveApproval && r.EmergencyEscalatedUtc == null && r.EmergencyPublishedUtc <= publishedBeforeUtc)
                .OrderBy(r => r.EmergencyPublishedUtc).Take(Batch))
        .ToListAsync(cancellationToken);
}
