using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PressCms.Data.Identity;

namespace PressCms.Web.Security;

/// <summary>
/// A staff sign-in lives on the server as the user's security stamp: signing out, an administrator
/// ending someone's sessions or a password change renews the stamp, and every request compares the
/// cookie's copy with the database, so an old cookie replayed is refused at once. However busy, a
/// session ends twelve hours after its sign-in (ASVS 7.3.2).
/// </summary>
public static class StaffSessions
{
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    private const string SignedInKey = "presscms.signed-in-utc";

    /// <summary>Notes when the person signed in; a refreshed or renewed cookie keeps the first time.</summary>
    public static Task StampSignInTime(CookieSigningInContext context)
    {
        if (!context.Properties.Items.ContainsKey(SignedInKey))
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Properties.Items[SignedInKey] = now.ToString("O", CultureInfo.InvariantCulture);
        }
        return Task.CompletedTask;
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedIn = context.Properties.Items.TryGetValue(SignedInKey, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : (DateTimeOffset?)null;
        // Only a session that gave a second factor counts: one signed in before staff had them ends.
        if (signedIn is null || now - signedIn > AbsoluteLifetime || !context.Principal!.HasClaim(SecondFactor.AmrClaim, SecondFactor.AmrValue)
            || !await StampHoldsAsync(context.Principal, services))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        // Identity's own validator, which this event replaces: refreshes the roles every ValidationInterval.
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static async Task<bool> StampHoldsAsync(ClaimsPrincipal? principal, IServiceProvider services)
    {
        if (principal is null)
        {
            return false;
        }
        var users = services.GetRequiredService<UserManager<PressUser>>();
        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var user = users.GetUserId(principal) is { } id ? await users.FindByIdAsync(id) : null;
        return user is not null && principal.FindFirstValue(stampType) is { } stamp && stamp == user.SecurityStamp;
    }
}
