using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Releases;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Admin.Releases;

/// <summary>A release's revisions (who, when, state), its review thread, and restoring an old revision as a new draft.</summary>
public sealed class HistoryModel(PressCmsDbContext db, IMarkdownRenderer markdown, TimeProvider time) : PageModel
{
    public Release? Release { get; private set; }
    public List<ReviewComment> Thread { get; private set; } = [];
    public List<FieldError> Errors { get; } = [];
    public DateTime NowUtc { get; } = time.GetUtcNow().UtcDateTime;

    [BindProperty]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        try
        {
            Release!.AddComment(User.ToActor(), Comment ?? "", NowUtc);
        }
        catch (ReleaseRuleException ex)
        {
            Errors.Add(new FieldError("comment", ex.Message));
            return Page();
        }
        db.Record(new AuditRecord(NowUtc, User.ToActor().Name, AuditActions.ReleaseCommented, AuditChannels.Admin, id, Release.LatestRevisionNumber, Comment));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect($"/admin/releases/{id}/history");
    }

    /// <summary>Copies an old revision's content into a new draft revision; nothing is overwritten or lost.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(string id, int number, Guid version)
    {
        if (!await LoadAsync(id) || Release!.Revisions.All(r => r.Number != number))
        {
            return NotFound();
        }
        try
        {
            var restored = Release.Restore(version, number, markdown, User.ToActor().Name, NowUtc);
            db.Record(new AuditRecord(NowUtc, User.ToActor().Name, AuditActions.ReleaseEdited, AuditChannels.Admin, id, restored.Number, $"restored revision {number}"));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is ReleaseRuleException or EditConflictException or DbUpdateConcurrencyException)
        {
            Errors.Add(new FieldError("history", ex is ReleaseRuleException rule ? rule.Message : "Someone changed the release meanwhile; look again before restoring."));
            return Page();
        }
        TempData["Status"] = $"Revision {number} restored as a new draft.";
        return Redirect($"/admin/releases/{id}/edit");
    }

    private async Task<bool> LoadAsync(string id)
    {
        Release = await db.Releases.Include(r => r.Revisions).Include(r => r.Comments).FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        Thread = Release?.Comments.OrderBy(c => c.AtUtc).ToList() ?? [];
        return Release is not null;
    }
}
