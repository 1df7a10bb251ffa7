using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Releases;
using PressCms.Core.Workflow;
using PressCms.Data;
using PressCms.Data.Queries;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Admin.MyWork;

/// <summary>What needs this officer now: their drafts, reviews waiting for them, changes asked of them, what is scheduled, and emergencies awaiting approval.</summary>
public sealed class IndexModel(PressCmsDbContext db, TimeProvider time) : PageModel
{
    public DateTime NowUtc { get; } = time.GetUtcNow().UtcDateTime;
    public List<Revision> MyDrafts { get; private set; } = [];
    public List<Revision> ReviewsForMe { get; private set; } = [];
    public List<Revision> ChangesRequested { get; private set; } = [];
    public List<Revision> Scheduled { get; private set; } = [];
    public List<Revision> Emergencies { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var actor = User.ToActor();
        var me = actor.Name;
        var ct = HttpContext.RequestAborted;
        var latest = db.Revisions.AsNoTracking().Include(v => v.Release).Latest();
        var mine = db.Revisions.Where(v => v.Number == 1 && v.EditedBy == me).Select(v => v.ReleaseId);
        MyDrafts = await latest.Where(v => v.Release.Status == ReleaseStatus.Draft && (mine.Contains(v.ReleaseId) || v.EditedBy == me))
            .OrderByDescending(v => v.CreatedUtc).Take(50).ToListAsync(ct);
        ChangesRequested = await latest.Where(v => v.Release.Status == ReleaseStatus.ChangesRequested && (mine.Contains(v.ReleaseId) || v.EditedBy == me))
            .OrderByDescending(v => v.CreatedUtc).Take(50).ToListAsync(ct);
        if (actor.Can(Permission.Approve))
        {
            // Two-person rule: a review is not waiting for someone who edited the revision since it was last approved.
            var edited = db.Revisions.Where(v => v.EditedBy == me && v.Number > (v.Release.LastApprovedRevisionNumber ?? 0)).Select(v => v.ReleaseId);
            ReviewsForMe = await latest.Where(v => v.Release.Status == ReleaseStatus.InReview && !edited.Contains(v.ReleaseId))
                .OrderBy(v => v.CreatedUtc).Take(50).ToListAsync(ct);
            Emergencies = await latest.Where(v => v.Release.AwaitingRetrospectiveApproval).OrderBy(v => v.Release.EmergencyPublishedUtc).Take(50).ToListAsync(ct);
        }
        Scheduled = await latest.Where(v => v.Release.Status != ReleaseStatus.Withdrawn && v.Release.LiveRevisionNumber != null && v.Release.PublishAtUtc > NowUtc)
            .OrderBy(v => v.Release.PublishAtUtc).Take(50).ToListAsync(ct);
    }
}
