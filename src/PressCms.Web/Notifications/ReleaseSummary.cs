using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Newsroom;
using PressCms.Data;

namespace PressCms.Web.Notifications;

/// <summary>What an email says about a release: its headline and the admin link, never its body.</summary>
public sealed record ReleaseSummary(string Id, string Headline, string EditLink, string Newsroom, TimeZoneInfo Zone)
{
    /// <param name="live">The live revision's headline (for go-live and escalation) rather than the latest one's (for review decisions).</param>
    public static async Task<ReleaseSummary?> LoadAsync(PressCmsDbContext db, string releaseId, bool live, CancellationToken cancellationToken)
    {
        var numbers = await db.Releases.AsNoTracking().Where(r => r.Id == releaseId)
            .Select(r => new { r.LiveRevisionNumber, r.LatestRevisionNumber }).SingleOrDefaultAsync(cancellationToken);
        if (numbers is null)
        {
            return null;
        }
        var number = live ? numbers.LiveRevisionNumber ?? numbers.LatestRevisionNumber : numbers.LatestRevisionNumber;
        var headline = await db.Revisions.AsNoTracking().Where(v => v.ReleaseId == releaseId && v.Number == number)
            .Select(v => v.Headline).SingleAsync(cancellationToken);
        var site = await db.Newsroom.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new NewsroomSettings();
        var link = $"{site.BaseUrl.TrimEnd('/')}/admin/releases/{Uri.EscapeDataString(releaseId)}/edit";
        return new ReleaseSummary(releaseId, headline, link, site.Name, site.FindTimeZone());
    }

    /// <summary>An instant as the newsroom's officers read it, e.g. "28 November 2026 at 10:30 (10:30 UTC)".</summary>
    public string Local(DateTime utc)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);
        return $"{local.ToString("d MMMM yyyy 'at' HH:mm", culture)} ({utc.ToString("HH:mm", culture)} UTC)";
    }
}
