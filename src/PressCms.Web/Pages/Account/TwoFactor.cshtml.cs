using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PressCms.Core.Validation;
using PressCms.Data.Identity;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or a recovery code.</summary>
[EnableRateLimiting(SecurityServices.LoginRateLimit)]
public sealed class TwoFactorModel(SecondFactor secondFactor, Passkeys passkeys, StaffSignIn staffSignIn, Microsoft.AspNetCore.Identity.UserManager<PressUser> users) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public List<FieldError> Errors { get; } = [];

    /// <summary>Whether the person has an authenticator app (otherwise the code field takes recovery codes only).</summary>
    public bool HasApp { get; private set; } = true;

    public bool HasPasskeys { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await secondFactor.PendingUserAsync(Request) is not { } user)
        {
            return StartAgain();
        }
        await DescribeAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostPasskeyOptionsAsync() =>
        await secondFactor.PendingUserAsync(Request) is { } user ? Content(await passkeys.RequestOptionsAsync(HttpContext, user), "application/json") : Redirect("/account/login");

    public async Task<IActionResult> OnPostPasskeyAsync(string? credential)
    {
        if (await secondFactor.PendingUserAsync(Request) is not { } user)
        {
            return StartAgain();
        }
        await DescribeAsync(user);
        if (staffSignIn.Wait(HttpContext, user) is not null)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Errors.Add(new FieldError("code", "Too many failed attempts. Wait a few minutes, then try again."));
            return Page();
        }
        if (await passkeys.VerifyAsync(HttpContext, user, credential) is { } proved)
        {
            await staffSignIn.CompleteAsync(HttpContext, proved, "with a passkey");
            return Continue();
        }
        await staffSignIn.FailedAsync(HttpContext, user, "a passkey that did not check out");
        Errors.Add(new FieldError("code", "That passkey did not work. Try again, or enter a code instead."));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task DescribeAsync(PressUser user)
    {
        HasApp = await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 };
        HasPasskeys = await passkeys.HasAnyAsync(user);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await secondFactor.PendingUserAsync(Request) is not { } user)
        {
            return StartAgain();
        }
        await DescribeAsync(user);
        if (staffSignIn.Wait(HttpContext, user) is { } wait)
        {
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Errors.Add(new FieldError("code", $"Too many wrong codes. Try again in {minutes} minute{(minutes == 1 ? "" : "s")}."));
            return Page();
        }
        var code = Code?.Trim() ?? "";
        var digits = code.Count(char.IsAsciiDigit) == 6 && code.All(c => char.IsAsciiDigit(c) || c is ' ' or '-');
        if (digits)
        {
            var outcome = await secondFactor.VerifyTotpAsync(user, code);
            if (outcome == SecondFactor.Outcome.Accepted)
            {
                await staffSignIn.CompleteAsync(HttpContext, user, "with an authenticator app");
                return Continue();
            }
            await staffSignIn.FailedAsync(HttpContext, user, outcome == SecondFactor.Outcome.Replayed ? "an authenticator code used before" : "a wrong authenticator code");
            Errors.Add(new FieldError("code", outcome == SecondFactor.Outcome.Replayed
                ? "That code was used already. Wait for the app to show the next one and enter that."
                : "That code is not right. Enter the 6 digits your authenticator app shows now."));
        }
        else if (code.Length > 0 && await secondFactor.RedeemRecoveryCodeAsync(user, code))
        {
            var left = await secondFactor.RecoveryCodesLeftAsync(user);
            await staffSignIn.CompleteAsync(HttpContext, user, $"with a recovery code ({left} left)");
            if (left <= 3)
            {
                TempData["Status"] = $"You have {left} recovery code{(left == 1 ? "" : "s")} left. Make new ones under Security.";
            }
            return Continue();
        }
        else
        {
            if (code.Length > 0)
            {
                await staffSignIn.FailedAsync(HttpContext, user, "a wrong recovery code");
            }
            Errors.Add(new FieldError("code", code.Length == 0
                ? "Enter the 6-digit code from your authenticator app, or one of your recovery codes"
                : "That is not one of your recovery codes, or it was used already"));
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private IActionResult Continue() => LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");

    private IActionResult StartAgain()
    {
        TempData["Status"] = "Sign in again: the step after your password lasts ten minutes.";
        return Redirect("/account/login");
    }
}
