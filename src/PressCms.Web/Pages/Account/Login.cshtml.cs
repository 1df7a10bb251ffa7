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
public sealed class LoginModel(
    SignInManager<PressUser> signIn, UserManager<PressUser> users, IPasswordHasher<PressUser> hasher,
    SignInThrottle throttle, SignInDevices devices, SecondFactor secondFactor, Passkeys passkeys, StaffSignIn staffSignIn, PressCmsDbContext db, TimeProvider time) : PageModel
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
    private const int MaxPasswordLength = 1024;

    /// <summary>A hash of nothing anyone knows, checked when no account has the address, so a wrong address costs what a wrong password costs.</summary>
    private static string? unknownAccountHash;

    public async Task<IActionResult> OnPostAsync()
    {
        // No account's address is longer than 256 characters or holds a control character; such a
        // post fails like any wrong address, and the audit trail keeps what fits of it.
        var email = PlainText.Clean(Email)?.Trim() ?? "";
        var password = Password ?? "";
        var wellFormed = email.Length is > 0 and <= MaxEmailLength && email == Email?.Trim() && password.Length is > 0 and <= MaxPasswordLength;
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var device = wellFormed ? devices.DeviceFor(Request, email) : null;
        var actor = email.Length == 0 ? "(no email given)" : PlainText.Truncate(email, MaxEmailLength);

        // Paused: refused before any password is checked, alike for every address typed.
        if (wellFormed && throttle.Wait(email, client, device) is { } wait)
        {
            await AuditAsync(actor, AuditActions.SignInFailed, $"paused after repeated failures, from {client}");
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Errors.Add(new FieldError("email", $"Too many failed sign-ins for this address. Try again in {minutes} minute{(minutes == 1 ? "" : "s")}, or from a browser you have signed in with before."));
            return Page();
        }

        var user = wellFormed ? await users.FindByEmailAsync(email) : null;
        bool passwordRight;
        if (user is null)
        {
            unknownAccountHash ??= hasher.HashPassword(new PressUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
            hasher.VerifyHashedPassword(new PressUser(), unknownAccountHash, password);
            passwordRight = false;
        }
        else
        {
            passwordRight = await users.CheckPasswordAsync(user, password);
        }
        // A disabled account (an administrator's lockout) fails like a wrong password.
        var succeeded = passwordRight && user is not null && !await users.IsLockedOutAsync(user) && await signIn.CanSignInAsync(user);
        if (!succeeded)
        {
            if (wellFormed)
            {
                throttle.Failed(email, client, device);
            }
            await AuditAsync(actor, AuditActions.SignInFailed, $"from {client}");
            // The same message whether the account exists or not, so sign-in cannot be used to find accounts.
            Errors.Add(new FieldError("email", "Enter a correct email address and password"));
            return Page();
        }

        // The password is right; the session starts only with the second factor (or, the first
        // time, once one is set up). Failures of the code count against the same pause.
        secondFactor.BeginPending(Response, user!);
        var next = await users.GetTwoFactorEnabledAsync(user!) ? "/account/two-factor" : "/account/enrol";
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? $"{next}?ReturnUrl={Uri.EscapeDataString(ReturnUrl)}" : next);
    }

    /// <summary>The options for signing in with a passkey alone: any of this newsroom's passkeys will do.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() => Content(await passkeys.RequestOptionsAsync(HttpContext, null), "application/json");

    /// <summary>
    /// A passkey on its own: the authenticator checked the person (user verification is required),
    /// so it is the password and the second factor in one. A disabled account fails like a wrong one.
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string? credential)
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var user = await passkeys.VerifyAsync(HttpContext, null, credential);
        if (user is not null && staffSignIn.Wait(HttpContext, user) is null && !await users.IsLockedOutAsync(user) && await signIn.CanSignInAsync(user))
        {
            await staffSignIn.CompleteAsync(HttpContext, user, "with a passkey");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }
        await AuditAsync(user?.Email ?? "(a passkey)", AuditActions.SignInFailed, $"with a passkey, from {client}");
        Errors.Add(new FieldError("passkey", "That passkey did not sign you in. Try again, or use your email address and password."));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task AuditAsync(string actor, string action, string detail)
    {
        db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, actor, action, AuditChannels.Admin, Detail: detail));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }
}
