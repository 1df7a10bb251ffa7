using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using OtpNet;
using PressCms.Data.Identity;
using QRCoder;

namespace PressCms.Web.Security;

/// <summary>
/// The second factor every member of staff signs in with: a TOTP authenticator app (RFC 6238,
/// 6 digits, 30 seconds, the key kept by Identity's authenticator store) or a one-time recovery
/// code. A code is taken once: the time step it matched is kept, and a code of that step or an
/// earlier one is refused (ASVS 6.6.3). Between the password and the code the browser holds a
/// sealed, ten-minute pending cookie naming the user and their security stamp, never a session.
/// </summary>
public sealed class SecondFactor(
    UserManager<PressUser> users, IDataProtectionProvider protection, TimeProvider time, SecondFactor.Cookie cookie)
{
    /// <summary>The pending cookie's name and Secure policy, which follow the environment like the sign-in cookie's.</summary>
    public sealed record Cookie(string Name, CookieSecurePolicy SecurePolicy);

    /// <summary>The claim a full sign-in carries; a session without it is refused (StaffSessions).</summary>
    public const string AmrClaim = "amr";
    public const string AmrValue = "mfa";

    public const int RecoveryCodeCount = 10;
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(10);

    private const string TokenProvider = "PressCms";
    private const string LastStepToken = "TotpLastStep";

    // The expiry is inside the sealed note and read against the site's clock (a time-limited protector would use the machine's).
    private readonly IDataProtector protector = protection.CreateProtector("PressCms.SignIn.Pending");

    /// <summary>After a right password: the browser may now give the second factor for this user.</summary>
    public void BeginPending(HttpResponse response, PressUser user) =>
        response.Cookies.Append(cookie.Name, protector.Protect($"{user.Id}\n{user.SecurityStamp}\n{(time.GetUtcNow() + PendingLifetime).UtcTicks.ToString(CultureInfo.InvariantCulture)}"), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = cookie.SecurePolicy == CookieSecurePolicy.Always || response.HttpContext.Request.IsHttps,
            Path = "/",
            IsEssential = true,
        });

    /// <summary>The user whose password was just given in this browser, or null (none, expired, or their stamp changed since).</summary>
    public async Task<PressUser?> PendingUserAsync(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(cookie.Name, out var sealedNote) || sealedNote.Length is 0 or > 2048)
        {
            return null;
        }
        string[] parts;
        try
        {
            parts = protector.Unprotect(sealedNote).Split('\n');
        }
        catch (CryptographicException)
        {
            return null;
        }
        if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks <= time.GetUtcNow().UtcTicks)
        {
            return null;
        }
        var user = await users.FindByIdAsync(parts[0]);
        return user is not null && user.SecurityStamp == parts[1] && !await users.IsLockedOutAsync(user) ? user : null;
    }

    public void EndPending(HttpResponse response) => response.Cookies.Delete(cookie.Name, new CookieOptions { Path = "/", Secure = cookie.SecurePolicy == CookieSecurePolicy.Always || response.HttpContext.Request.IsHttps });

    /// <summary>
    /// The user's authenticator key (base32), made on first use. Making it renews the security
    /// stamp, so the pending cookie is issued again for the stamp as it is now.
    /// </summary>
    public async Task<string> KeyAsync(PressUser user, HttpResponse response)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            return key;
        }
        await users.ResetAuthenticatorKeyAsync(user);
        BeginPending(response, user);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>"otpauth://totp/…" for the authenticator app to scan.</summary>
    public static string AuthenticatorUri(string issuer, string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6&period=30";

    /// <summary>The QR code of the URI as an SVG drawn here (nothing is sent to any service); no script, no external image.</summary>
    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(240, 240), "#0b0c0c", "#ffffff", drawQuietZones: true,
            sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>"ABCD EFGH …": the key as a person types it.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4)))).ToLowerInvariant();

    public enum Outcome { Accepted, Wrong, Replayed }

    /// <summary>Checks a 6-digit code against the user's key, one step either side for clock drift; a step is taken once.</summary>
    public async Task<Outcome> VerifyTotpAsync(PressUser user, string code)
    {
        var digits = new string([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-')]);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit) || await users.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return Outcome.Wrong;
        }
        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, digits, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return Outcome.Wrong;
        }
        var last = await users.GetAuthenticationTokenAsync(user, TokenProvider, LastStepToken);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            return Outcome.Replayed;
        }
        await users.SetAuthenticationTokenAsync(user, TokenProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
        return Outcome.Accepted;
    }

    /// <summary>A recovery code ("abcde-fghij", case and spaces ignored), good once.</summary>
    public async Task<bool> RedeemRecoveryCodeAsync(PressUser user, string code)
    {
        var typed = new string([.. code.Trim().ToUpperInvariant().Where(c => !char.IsWhiteSpace(c))]);
        if (typed.Length is < 8 or > 32)
        {
            return false;
        }
        return (await users.RedeemTwoFactorRecoveryCodeAsync(user, typed)).Succeeded;
    }

    /// <summary>Turns the second factor on after a first right code, and returns new recovery codes to show once.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(PressUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, true);
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
    }

    /// <summary>New recovery codes; the old ones stop working.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(PressUser user) =>
        [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];

    /// <summary>An administrator's reset for a lost phone or passkey: no key, no passkeys, no codes, no sessions; the person enrols again at next sign-in.</summary>
    public async Task ResetAsync(PressUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.RemoveAuthenticationTokenAsync(user, TokenProvider, LastStepToken);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        foreach (var passkey in await users.GetPasskeysAsync(user))
        {
            await users.RemovePasskeyAsync(user, passkey.CredentialId);
        }
        await users.UpdateSecurityStampAsync(user);
    }

    public Task<int> RecoveryCodesLeftAsync(PressUser user) => users.CountRecoveryCodesAsync(user);
}
