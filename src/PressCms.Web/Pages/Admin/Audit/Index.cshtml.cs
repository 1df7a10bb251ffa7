using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Data;

namespace PressCms.Web.Pages.Admin.Audit;

/// <summary>The audit trail, newest first, with a check of the whole chain.</summary>
public sealed class IndexModel(PressCmsDbContext db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public List<AuditEntry> Entries { get; private set; } = [];

    public long Count { get; private set; }

    public AuditBreak? Break { get; private set; }

    public bool HasMore { get; private set; }

    public async Task OnGetAsync()
    {
        PageNumber = Math.Clamp(PageNumber, 1, 1_000_000);
        Count = await db.AuditTrail.LongCountAsync(HttpContext.RequestAborted);
        Break = AuditChain.FirstBreak(db.AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).AsEnumerable());
        var rows = await db.AuditTrail.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(HttpContext.RequestAborted);
        HasMore = rows.Count > PageSize;
        Entries = [.. rows.Take(PageSize)];
    }
}
