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

    /// <summary>The whole trail as CSV, oldest first, with each entry's hashes so the chain can be checked elsewhere.</summary>
    public IActionResult OnGetCsv() => new FileCallbackResult("text/csv; charset=utf-8", "audit-trail.csv", async (stream, ct) =>
    {
        await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        await writer.WriteLineAsync("sequence,at_utc,actor,action,release_id,revision,detail,channel,previous_hash,hash");
        await foreach (var e in db.AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(",", e.Sequence, e.AtUtc.ToString("O"), Csv(e.Actor), Csv(e.Action), Csv(e.ReleaseId),
                e.RevisionNumber, Csv(e.Detail), Csv(e.Channel), e.PreviousHash, e.Hash));
        }
    });

    public IActionResult OnGetJson() => new FileCallbackResult("application/json", "audit-trail.json", async (stream, ct) =>
        await System.Text.Json.JsonSerializer.SerializeAsync(stream,
            db.AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable(),
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web), ct));

    // RFC 4180 quoting; a value that starts with =, +, - or @, or with a tab or line break (which
    // spreadsheets skip before reading a formula), is prefixed so a spreadsheet never runs it (OWASP CSV injection).
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' || value.TrimStart()[..Math.Min(1, value.TrimStart().Length)] is "=" or "+" or "-" or "@"
            ? "'" + value
            : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

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
