using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Account;

/// <summary>
/// Every member of staff signs in with a second factor; one without sets it up here, straight
/// after their password: scan the QR code (or type the key), confirm with a first code, and get
/// recovery codes, shown this once.
/// </summary>
[EnableRateLimiting(SecurityServices.LoginRateLimit)]
public sealed class EnrolModel(SecondFactor secondFactor, StaffSignIn staffSignIn, UserManager<PressUser> users, PressCmsDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public List<FieldError> Errors { get; } = [];

    public string Key { get; private set; } = "";

    public string QrSvg { get; private set; } = "";

    /// <summary>Set once the code was right: shown this once, never stored in the clear.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string Continue => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await secondFactor.PendingUserAsync(Request) is not { } user)
        {
            return Redirect("/account/login");
        }
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect("/account/two-factor" + QueryString(ReturnUrl));
        }
        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await secondFactor.PendingUserAsync(Request) is not { } user || await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect("/account/login");
        }
        if (staffSignIn.Wait(HttpContext, user) is not null)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Errors.Add(new FieldError("code", "Too many wrong codes. Wait a few minutes, then try again."));
        }
        else if (await secondFactor.VerifyTotpAsync(user, Code ?? "") == SecondFactor.Outcome.Accepted)
        {
            RecoveryCodes = await secondFactor.EnableAsync(user);
            db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, user.Email ?? user.Id, AuditActions.SecondFactorEnrolled, AuditChannels.Admin,
                Detail: "authenticator app"));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            // Enabling it renewed the security stamp; the session starts from the user as they are now.
            await staffSignIn.CompleteAsync(HttpContext, (await users.FindByIdAsync(user.Id))!, "with an authenticator app, set up now");
            return Page();
        }
        else
        {
            await staffSignIn.FailedAsync(HttpContext, user, "a wrong first authenticator code");
            Errors.Add(new FieldError("code", "That code is not right. Check the app shows this newsroom, and enter the 6 digits it shows now."));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await ShowKeyAsync(user);
        return Page();
    }

    private async Task ShowKeyAsync(PressUser user)
    {
        Key = await secondFactor.KeyAsync(user, Response);
        var issuer = (await db.Newsroom.AsNoTracking().SingleOrDefaultAsync(HttpContext.RequestAborted))?.Name ?? "PressCms";
        QrSvg = SecondFactor.QrSvg(SecondFactor.AuthenticatorUri(issuer, user.Email ?? user.Id, Key));
    }

    private static string QueryString(string? returnUrl) => string.IsNullOrEmpty(returnUrl) ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
}
