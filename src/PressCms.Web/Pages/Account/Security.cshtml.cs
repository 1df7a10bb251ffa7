using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Account;

/// <summary>A signed-in officer's sign-in security: their passkeys (add, remove), how many recovery codes are left, and new ones.</summary>
[Authorize(Policy = SecurityServices.StaffPolicy)]
public sealed class SecurityModel(UserManager<PressUser> users, SecondFactor secondFactor, Passkeys passkeys, PressCmsDbContext db, TimeProvider time) : PageModel
{
    public int CodesLeft { get; private set; }

    public IReadOnlyList<string> NewCodes { get; private set; } = [];

    public bool HasApp { get; private set; }

    public IReadOnlyList<UserPasskeyInfo> PasskeyList { get; private set; } = [];

    public List<FieldError> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        await DescribeAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        NewCodes = await secondFactor.NewRecoveryCodesAsync(user);
        await AuditAsync(user, AuditActions.RecoveryCodesRenewed, null);
        await DescribeAsync(user);
        CodesLeft = NewCodes.Count;
        return Page();
    }

    public async Task<IActionResult> OnPostAddPasskeyOptionsAsync() =>
        await users.GetUserAsync(User) is { } user ? Content(await passkeys.CreationOptionsAsync(HttpContext, user), "application/json") : Challenge();

    public async Task<IActionResult> OnPostAddPasskeyAsync(string? credential, string? passkeyName)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        var added = await passkeys.AddAsync(HttpContext, user, credential, passkeyName);
        if (added.Problem is { } problem)
        {
            Errors.Add(new FieldError("passkey-name", problem));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await DescribeAsync(user);
            return Page();
        }
        await AuditAsync(user, AuditActions.PasskeyAdded, $"\"{added.Passkey!.Name}\"");
        TempData["Status"] = $"Passkey \"{added.Passkey.Name}\" added. You can sign in with it from now on.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemovePasskeyAsync(string? id)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        await DescribeAsync(user);
        if (await passkeys.FindAsync(user, id) is not { } passkey)
        {
            Errors.Add(new FieldError("passkeys", "That passkey is not one of yours, or it was removed already."));
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (!HasApp && PasskeyList.Count == 1)
        {
            Errors.Add(new FieldError("passkeys", "This is your only second factor, so it cannot be removed. Add another passkey first."));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        // Removing one renews the security stamp, which ends every session; this one signs in again as it is now.
        await passkeys.RemoveAsync(user, passkey);
        await AuditAsync(user, AuditActions.PasskeyRemoved, $"\"{passkey.Name}\"");
        var fresh = (await users.FindByIdAsync(user.Id))!;
        await HttpContext.RequestServices.GetRequiredService<SignInManager<PressUser>>()
            .SignInWithClaimsAsync(fresh, isPersistent: false, [new System.Security.Claims.Claim(SecondFactor.AmrClaim, SecondFactor.AmrValue)]);
        TempData["Status"] = $"Passkey \"{passkey.Name}\" removed. It no longer signs you in, and you were signed out everywhere else.";
        return RedirectToPage();
    }

    private async Task DescribeAsync(PressUser user)
    {
        CodesLeft = await secondFactor.RecoveryCodesLeftAsync(user);
        HasApp = await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 };
        PasskeyList = await passkeys.ListAsync(user);
        Zone = (await db.Newsroom.AsNoTracking().SingleOrDefaultAsync(HttpContext.RequestAborted))?.FindTimeZone() ?? TimeZoneInfo.Utc;
    }

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>"26 May 2020, 10:00" in the newsroom's zone.</summary>
    public string Local(DateTimeOffset when) =>
        TimeZoneInfo.ConvertTime(when, Zone).ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private async Task AuditAsync(PressUser user, string action, string? detail)
    {
        db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, user.Email ?? user.Id, action, AuditChannels.Admin, Detail: detail));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }
}
