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
public sealed class EnrolModel(SecondFactor secondFactor, Passkeys passkeys, StaffSignIn staffSignIn, UserManager<PressUser> users, PressCmsDbContext db, TimeProvider time) : PageModel
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

    /// <summary>The options for making a passkey instead of using an app.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        if (await secondFactor.PendingUserAsync(Request) is not { } user || await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect("/account/login");
        }
        return Content(await passkeys.CreationOptionsAsync(HttpContext, user), "application/json");
    }

    /// <summary>A passkey made by the browser: kept, and it is this person's second factor from now on.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string? credential, string? passkeyName)
    {
        if (await secondFactor.PendingUserAsync(Request) is not { } user || await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect("/account/login");
        }
        var added = await passkeys.AddAsync(HttpContext, user, credential, passkeyName);
        if (added.Problem is { } problem)
        {
            await staffSignIn.FailedAsync(HttpContext, user, "a passkey that could not be set up");
            Errors.Add(new FieldError("passkey-name", problem));
            PasskeyError = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await ShowKeyAsync(user);
            return Page();
        }
        // The app's key was never confirmed; it goes, so only the passkey (and the recovery codes) sign in.
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
        RecoveryCodes = await secondFactor.EnableAsync(user);
        WithPasskey = true;
        db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, user.Email ?? user.Id, AuditActions.SecondFactorEnrolled, AuditChannels.Admin,
            Detail: $"passkey \"{added.Passkey!.Name}\""));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await staffSignIn.CompleteAsync(HttpContext, (await users.FindByIdAsync(user.Id))!, "with a passkey, set up now");
        return Page();
    }

    public string? PasskeyError { get; private set; }

    public bool WithPasskey { get; private set; }

    private async Task ShowKeyAsync(PressUser user)
    {
        Key = await secondFactor.KeyAsync(user, Response);
        var issuer = (await db.Newsroom.AsNoTracking().SingleOrDefaultAsync(HttpContext.RequestAborted))?.Name ?? "PressCms";
        QrSvg = SecondFactor.QrSvg(SecondFactor.AuthenticatorUri(issuer, user.Email ?? user.Id, Key));
    }

    private static string QueryString(string? returnUrl) => string.IsNullOrEmpty(returnUrl) ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
}
