using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace PressCms.Web.Security;

/// <summary>
/// The device cookie (OWASP's "slow down online guessing with device cookies"): a browser that has
/// signed in to an address carries a sealed note of it, so its officer keeps signing in from it
/// while strangers guessing at the same address are paused. It grants nothing by itself: the
/// password (and second factor) are asked for as always.
/// </summary>
public sealed class SignInDevices(IDataProtectionProvider protection, TimeProvider time, SignInDevices.Cookie cookie)
{
    /// <summary>The cookie's name and Secure policy, which follow the environment like the sign-in cookie's.</summary>
    public sealed record Cookie(string Name, CookieSecurePolicy SecurePolicy);

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);
    private const int MaxCookieLength = 1024;

    // The expiry is inside the sealed note and read against the site's clock, as every stored time is.
    private readonly IDataProtector protector = protection.CreateProtector("PressCms.SignIn.Device");

    /// <summary>The id of the device cookie this request carries for the address, or null.</summary>
    public string? DeviceFor(HttpRequest request, string address)
    {
        if (!request.Cookies.TryGetValue(cookie.Name, out var sealedNote) || sealedNote.Length is 0 or > MaxCookieLength)
        {
            return null;
        }
        try
        {
            var parts = protector.Unprotect(sealedNote).Split('\n');
            return parts.Length == 3 && long.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
                && ticks > time.GetUtcNow().UtcTicks && parts[1] == SignInThrottle.Normal(address) ? parts[0] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Gives the browser a device cookie for the address it has just signed in to.</summary>
    public void Remember(HttpResponse response, string address)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var expires = time.GetUtcNow() + Lifetime;
        response.Cookies.Append(cookie.Name, protector.Protect(id + "\n" + SignInThrottle.Normal(address) + "\n" + expires.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = cookie.SecurePolicy == CookieSecurePolicy.Always || response.HttpContext.Request.IsHttps,
            Path = "/",
            Expires = expires,
            IsEssential = true,
        });
    }
}
