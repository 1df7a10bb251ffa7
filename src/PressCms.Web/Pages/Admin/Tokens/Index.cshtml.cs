using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.People;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.Web.Api.Tokens;

namespace PressCms.Web.Pages.Admin.Tokens;

/// <summary>
/// Every API token (administrators): who it acts as, what it may do, until when, when it was last
/// used; make one for a member of staff (shown once) or revoke one. Each change is audited.
/// </summary>
public sealed class IndexModel(PressCmsDbContext db, UserManager<PressUser> users, TimeProvider time) : PageModel
{
    public List<ApiToken> Tokens { get; } = [];

    public List<string> StaffEmails { get; } = [];

    public List<FieldError> Errors { get; } = [];

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [ApiScopeNames.Read];

    [BindProperty]
    public int? ExpiresInDays { get; set; } = (int)ApiToken.DefaultLifetime.TotalDays;

    /// <summary>The secret of the token just made: shown on this answer only, never stored.</summary>
    public string? NewSecret { get; private set; }

    public ApiToken? NewToken { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!ModelState.IsValid && ModelState[nameof(ExpiresInDays)]?.Errors.Count > 0)
        {
            Errors.Add(new FieldError("expiresInDays", $"Enter a whole number of days from 1 to {ApiToken.MaxLifetime.TotalDays:0}"));
        }
        else
        {
            var request = new ApiTokenIssuer.Request(Email ?? "", Name, string.Join(",", Scopes), ExpiresInDays);
            var (token, secret, errors) = await ApiTokenIssuer.IssueAsync(db, users, request, User.Identity?.Name ?? "unknown", AuditChannels.Admin, NowUtc);
            Errors.AddRange(errors);
            NewToken = token;
            NewSecret = secret;
        }
        if (NewToken is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            (Email, Name, Scopes, ExpiresInDays) = (null, null, [ApiScopeNames.Read], (int)ApiToken.DefaultLifetime.TotalDays);
        }
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id)
    {
        var token = await ApiTokenIssuer.RevokeAsync(db, id, User.Identity?.Name ?? "unknown", AuditChannels.Admin, NowUtc, HttpContext.RequestAborted);
        if (token is null)
        {
            return NotFound();
        }
        TempData["Status"] = $"The token \"{token.Name}\" of {token.UserEmail} is revoked; it no longer works.";
        return RedirectToPage();
    }

    /// <summary>"26 May 2020, 10:00" in the newsroom's zone.</summary>
    public string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public string Status(ApiToken token) => token.IsRevoked ? "Revoked" : token.IsExpired(NowUtc) ? "Expired" : "Active";

    private async Task LoadAsync()
    {
        Zone = (await db.Newsroom.AsNoTracking().SingleOrDefaultAsync(HttpContext.RequestAborted))?.FindTimeZone() ?? TimeZoneInfo.Utc;
        Tokens.AddRange(await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.Id).Take(500).ToListAsync(HttpContext.RequestAborted));
        StaffEmails.AddRange(await users.Users.OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(HttpContext.RequestAborted));
    }
}
