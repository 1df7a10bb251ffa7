using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using PressCms.Core.Audit;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Account;

/// <summary>
/// Chooses a new password from an emailed link. The link works once (the reset renews the security
/// stamp the token is bound to, which also ends every session) and within <see cref="LinkLifetime"/>.
/// </summary>
[EnableRateLimiting(SecurityServices.LoginRateLimit)]
public sealed class ResetModel(UserManager<PressUser> users, PressCmsDbContext db, TimeProvider time) : PageModel
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(60);

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

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
        if (NewPassword != ConfirmPassword)
        {
            Errors.Add(new FieldError("confirmPassword", "The two new passwords are not the same"));
        }
        var user = Email is { Length: > 0 and <= 256 } ? await users.FindByEmailAsync(Email) : null;
        string? token = null;
        try
        {
            token = Token is { Length: > 0 and <= 2048 } ? System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token)) : null;
        }
        catch (FormatException)
        {
        }
        if (Errors.Count == 0)
        {
            if (user is null || token is null || await users.IsLockedOutAsync(user))
            {
                Errors.Add(new FieldError("newPassword", Expired));
            }
            else
            {
                var reset = await users.ResetPasswordAsync(user, token, NewPassword ?? "");
                Errors.AddRange(reset.Errors.Select(e => new FieldError("newPassword", e.Code == "InvalidToken" ? Expired : e.Description)));
            }
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, user!.Email ?? user.Id, AuditActions.PasswordReset, AuditChannels.Admin,
            Detail: $"from {HttpContext.Connection.RemoteIpAddress}"));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = "Your password is changed, and every session signed in before has ended. Sign in with the new password.";
        return Redirect("/account/login");
    }

    private const string Expired = "This link has expired or was already used. Ask for a new one from the sign-in page (Forgotten your password?)";
}
