using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Releases;
using PressCms.Data;
using PressCms.Data.Queries;

namespace PressCms.Web.Pages.Admin.Releases;

public sealed class IndexModel(PressCmsDbContext db, TimeProvider time) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public List<Revision> Rows { get; private set; } = [];

    public bool HasMore { get; private set; }

    public DateTime NowUtc { get; } = time.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync()
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        var query = db.Revisions.AsNoTracking().Include(v => v.Release).Latest();
        if (Enum.TryParse<ReleaseStatus>(Status, ignoreCase: true, out var status))
        {
            query = query.Where(v => v.Release.Status == status);
        }
        if (ReleaseKinds.TryParse(Kind, out var kind))
        {
            query = query.Where(v => v.Kind == kind);
        }
        if (SearchPattern.For(Q) is { } pattern)
        {
            query = query.Where(v => EF.Functions.Like(v.Headline.ToLower(), pattern));
        }
        var rows = await query.OrderByDescending(v => v.Release.UpdatedUtc).ThenByDescending(v => v.CreatedUtc)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(HttpContext.RequestAborted);
        HasMore = rows.Count > PageSize;
        Rows = [.. rows.Take(PageSize)];
    }

    public string PageLink(int page) =>
        $"?status={Uri.EscapeDataString(Status ?? "")}&kind={Uri.EscapeDataString(Kind ?? "")}&q={Uri.EscapeDataString(Q ?? "")}&page={page}";
}
