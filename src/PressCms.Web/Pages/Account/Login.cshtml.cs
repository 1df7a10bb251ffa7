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

[EnableRateLimiting(SecurityServices.LoginRateLimit)]
public sealed class LoginModel(SignInManager<PressUser> signIn, PressCmsDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public List<FieldError> Errors { get; } = [];

    /// <summary>
    /// Reached because a page needs sign-in (ReturnUrl set): the form is served with 401, so scripts
    /// and monitors following the redirect see that the page they asked for was refused.
    /// </summary>
    public void OnGet()
    {
        if (!string.IsNullOrEmpty(ReturnUrl))
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            Response.Headers.WWWAuthenticate = "FormBased realm=\"PressCms admin\"";
        }
    }

    private const int MaxEmailLength = 256;

    public async Task<IActionResult> OnPostAsync()
    {
        // No account's address is longer than 256 characters or holds a control character; such a
        // post fails like any wrong address, and the audit trail keeps what fits of it.
        var email = PlainText.Clean(Email)?.Trim() ?? "";
        var result = email.Length is 0 or > MaxEmailLength || string.IsNullOrEmpty(Password) || email != Email?.Trim()
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(email, Password, isPersistent: false, lockoutOnFailure: true);
        var actor = email.Length == 0 ? "(no email given)" : PlainText.Truncate(email, MaxEmailLength);
        db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, actor, result.Succeeded ? AuditActions.SignedIn : AuditActions.SignInFailed,
            AuditChannels.Admin, Detail: result.IsLockedOut ? "locked out" : $"from {HttpContext.Connection.RemoteIpAddress}"));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }
        // The same message whether the account exists or not, so sign-in cannot be used to find accounts.
        Errors.Add(new FieldError("email", result.IsLockedOut
            ? "Too many failed attempts. Try again in 15 minutes."
            : "Enter a correct email address and password"));
        return Page();
    }
}
