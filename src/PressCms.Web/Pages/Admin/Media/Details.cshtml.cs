using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Media;
using PressCms.Core.Releases;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Web.Media;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Admin.Media;

/// <summary>One image: its details, the releases using it, and "remove everywhere".</summary>
public sealed class DetailsModel(PressCmsDbContext db, MediaLibrary library, TimeProvider time) : PageModel
{
    public MediaAsset? Asset { get; private set; }

    public List<Revision> UsedBy { get; private set; } = [];

    public List<FieldError> Errors { get; } = [];

    [BindProperty]
    public MediaInput Input { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = MediaInput.From(Asset!);
        return Page();
    }

    public async Task<IActionResult> OnPostDescribeAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var nowUtc = time.GetUtcNow().UtcDateTime;
        Errors.AddRange(Input.ToDetails().Validate(requireApproval: true, DateOnly.FromDateTime(nowUtc)));
        if (Errors.Count > 0)
        {
            return Page();
        }
        try
        {
            Asset!.Describe(Input.ToDetails());
        }
        catch (ReleaseRuleException ex)
        {
            Errors.Add(new FieldError("alt", ex.Message));
            return Page();
        }
        db.Record(new AuditRecord(nowUtc, User.ToActor().Name, AuditActions.ImageDescribed, AuditChannels.Admin, Detail: Asset.Id));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = "Details saved.";
        return Redirect($"/admin/media/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        try
        {
            // The same people who may withdraw a release may take an image down everywhere.
            if (!User.ToActor().Can(Core.Workflow.Permission.Withdraw))
            {
                throw new ReleaseRuleException("not-permitted", "Only a publisher or an administrator can remove an image everywhere; ask one now if it must come down");
            }
            await library.RemoveEverywhereAsync(Asset!, Reason ?? "", User.ToActor().Name, HttpContext.RequestAborted);
        }
        catch (ReleaseRuleException ex)
        {
            Errors.Add(new FieldError("reason", ex.Message));
            Input = MediaInput.From(Asset!);
            return Page();
        }
        TempData["Status"] = "Removed everywhere. No page or feed shows it any more, and its copies are deleted.";
        return Redirect($"/admin/media/{id}");
    }

    private async Task<bool> LoadAsync(string id)
    {
        Asset = await db.Media.FirstOrDefaultAsync(a => a.Id == id, HttpContext.RequestAborted);
        if (Asset is null)
        {
            return false;
        }
        var reference = Asset.Reference;
        // Lead images are stored as JSON text; the reference is unique enough to find them by.
        var candidates = await db.Revisions.AsNoTracking().Include(v => v.Release)
            .Where(v => v.Number == v.Release.LatestRevisionNumber || v.Number == v.Release.LiveRevisionNumber)
            .ToListAsync(HttpContext.RequestAborted);
        UsedBy = [.. candidates.Where(v => v.LeadImage?.Src == reference).DistinctBy(v => v.ReleaseId)];
        return true;
    }
}
