using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PressCms.Core.Audit;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Account;

/// <summary>A signed-in officer changes their password; every other session of theirs ends.</summary>
[Authorize(Policy = SecurityServices.StaffPolicy)]
[EnableRateLimiting(SecurityServices.LoginRateLimit)]
public sealed class PasswordModel(UserManager<PressUser> users, SignInManager<PressUser> signIn, PressCmsDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public List<FieldError> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (string.IsNullOrEmpty(CurrentPassword) || CurrentPassword.Length > CommonPasswords.MaxLength || !await users.CheckPasswordAsync(user, CurrentPassword))
        {
            Errors.Add(new FieldError("currentPassword", "Enter your current password correctly"));
        }
        if (NewPassword != ConfirmPassword)
        {
            Errors.Add(new FieldError("confirmPassword", "The two new passwords are not the same"));
        }
        if (Errors.Count == 0)
        {
            var changed = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword ?? "");
            Errors.AddRange(changed.Errors.Select(e => new FieldError("newPassword", e.Description)));
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, user.Email ?? user.Id, AuditActions.PasswordChanged, AuditChannels.Admin));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        // The new security stamp has ended every session; this one carries on with a fresh cookie.
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = "Your password is changed. You stay signed in here; every other session has ended.";
        return RedirectToPage();
    }
}
