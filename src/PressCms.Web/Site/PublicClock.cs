using PressCms.Data;
using PressCms.Data.Queries;

namespace PressCms.Web.Site;

/// <summary>
/// The latest instant at or before now at which the clock alone changed public output, kept in
/// memory with the next such instant, for the schedule stamp it was read under. A request reads it
/// without touching the database; it is read again (one aggregate query) only when the stamp moves
/// (a release's times or state changed, on this node or another: every request reads the stamp
/// with the settings) or the clock passes the next instant.
/// </summary>
public sealed class PublicClock
{
    /// <summary>How long a removed release stays in the feeds as a tombstone.</summary>
    public static readonly TimeSpan Tombstone = TimeSpan.FromDays(PressCms.Web.Feeds.FeedEndpoints.TombstoneDays);

    private sealed record Known(string Stamp, DateTime ReadAtUtc, DateTime Last, DateTime? Next);

    private Known? known;

    public async Task<DateTime> LastBoundaryAsync(PressCmsDbContext db, string stamp, DateTime nowUtc, CancellationToken ct)
    {
        var current = Volatile.Read(ref known);
        if (current is not null && current.Stamp == stamp && nowUtc >= current.ReadAtUtc && (current.Next is null || nowUtc < current.Next))
        {
            return current.Last;
        }
        var (last, next) = await db.AroundAsync(nowUtc, Tombstone, ct);
        Volatile.Write(ref known, new Known(stamp, nowUtc, last, next));
        return last;
    }
}
