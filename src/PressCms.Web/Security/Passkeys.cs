using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using PressCms.Data.Identity;

namespace PressCms.Web.Security;

/// <summary>
/// Passkeys (WebAuthn) as a second factor, through ASP.NET Core Identity's own passkey handler:
/// the browser's authenticator proves the person (user verification is required), so a passkey
/// stands for the password's second factor. Between the options and the browser's answer the
/// challenge is kept in a sealed five-minute cookie bound to what it is for (making a passkey for
/// one user, or signing in), never in the session.
/// </summary>
public sealed class Passkeys(
    IPasskeyHandler<PressUser> handler, UserManager<PressUser> users, IDataProtectionProvider protection, TimeProvider time, SecondFactor.Cookie cookie)
{
    public const int MaxNameLength = 100;
    public const int MaxCredentialLength = 16 * 1024;
    public const int MaxPerUser = 10;
    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(5);

    private string StateCookie => cookie.Name + ".Passkey";

    private readonly IDataProtector protector = protection.CreateProtector("PressCms.SignIn.Passkey");

    /// <summary>The options the browser gives navigator.credentials.create(), for this user; the challenge goes in the state cookie.</summary>
    public async Task<string> CreationOptionsAsync(HttpContext http, PressUser user)
    {
        var entity = new PasskeyUserEntity { Id = user.Id, Name = user.Email ?? user.Id, DisplayName = user.DisplayName ?? user.Email ?? user.Id };
        var options = await handler.MakeCreationOptionsAsync(entity, http);
        Seal(http, "create:" + user.Id, options.AttestationState);
        return options.CreationOptionsJson;
    }

    public sealed record Added(UserPasskeyInfo? Passkey, string? Problem);

    /// <summary>Checks the browser's new credential and keeps it under the name given.</summary>
    public async Task<Added> AddAsync(HttpContext http, PressUser user, string? credentialJson, string? name)
    {
        var label = Core.Validation.PlainText.Clean(name)?.Trim() ?? "";
        if (label.Length > MaxNameLength)
        {
            return new(null, $"Keep the passkey's name to {MaxNameLength} characters");
        }
        if ((await users.GetPasskeysAsync(user)).Count >= MaxPerUser)
        {
            return new(null, $"You have {MaxPerUser} passkeys already. Remove one you no longer use first.");
        }
        var state = Unseal(http, "create:" + user.Id);
        if (state is null || string.IsNullOrEmpty(credentialJson) || credentialJson.Length > MaxCredentialLength)
        {
            return new(null, "The passkey was not made. Try again, and follow your browser's or phone's prompts.");
        }
        var result = await handler.PerformAttestationAsync(new PasskeyAttestationContext { CredentialJson = credentialJson, AttestationState = state, HttpContext = http });
        if (!result.Succeeded || result.UserEntity.Id != user.Id)
        {
            return new(null, "That passkey could not be checked, so it was not added. Try again.");
        }
        var passkey = result.Passkey;
        passkey.Name = label.Length > 0 ? label : "Passkey added " + time.GetUtcNow().ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var saved = await users.AddOrUpdatePasskeyAsync(user, passkey);
        return saved.Succeeded ? new(passkey, null) : new(null, "That passkey could not be saved. Try again.");
    }

    /// <summary>The options for navigator.credentials.get(): for one user's passkeys (the step after the password), or any (signing in with a passkey alone).</summary>
    public async Task<string> RequestOptionsAsync(HttpContext http, PressUser? user)
    {
        var options = await handler.MakeRequestOptionsAsync(user, http);
        Seal(http, "get:" + (user?.Id ?? ""), options.AssertionState);
        return options.RequestOptionsJson;
    }

    /// <summary>The user the browser's signed answer proves, or null; the passkey's counter is kept so a cloned key shows.</summary>
    public async Task<PressUser?> VerifyAsync(HttpContext http, PressUser? expected, string? credentialJson)
    {
        var state = Unseal(http, "get:" + (expected?.Id ?? ""));
        if (state is null || string.IsNullOrEmpty(credentialJson) || credentialJson.Length > MaxCredentialLength)
        {
            return null;
        }
        var result = await handler.PerformAssertionAsync(new PasskeyAssertionContext { CredentialJson = credentialJson, AssertionState = state, HttpContext = http });
        if (!result.Succeeded || (expected is not null && result.User.Id != expected.Id))
        {
            return null;
        }
        await users.AddOrUpdatePasskeyAsync(result.User, result.Passkey);
        return result.User;
    }

    public async Task<IReadOnlyList<UserPasskeyInfo>> ListAsync(PressUser user) =>
        users.SupportsUserPasskey ? [.. (await users.GetPasskeysAsync(user)).OrderBy(p => p.CreatedAt)] : [];

    public async Task<bool> HasAnyAsync(PressUser user) => (await ListAsync(user)).Count > 0;

    /// <summary>The id a page names a passkey by (base64url of the credential id).</summary>
    public static string IdOf(UserPasskeyInfo passkey) => Base64Url(passkey.CredentialId);

    public async Task<UserPasskeyInfo?> FindAsync(PressUser user, string? id) =>
        string.IsNullOrEmpty(id) || id.Length > 2048 ? null : (await ListAsync(user)).FirstOrDefault(p => IdOf(p) == id);

    public async Task RemoveAsync(PressUser user, UserPasskeyInfo passkey)
    {
        await users.RemovePasskeyAsync(user, passkey.CredentialId);
        await users.UpdateSecurityStampAsync(user);
    }

    private void Seal(HttpContext http, string purpose, string? state)
    {
        var expires = (time.GetUtcNow() + StateLifetime).UtcTicks.ToString(CultureInfo.InvariantCulture);
        var payload = protector.CreateProtector(purpose).Protect($"{expires}\n{state ?? ""}");
        http.Response.Cookies.Append(StateCookie, payload, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = cookie.SecurePolicy == CookieSecurePolicy.Always || http.Request.IsHttps,
            Path = "/",
            IsEssential = true,
            MaxAge = StateLifetime,
        });
    }

    /// <summary>The state sealed for this purpose, taken once (the cookie is cleared), or null.</summary>
    private string? Unseal(HttpContext http, string purpose)
    {
        if (!http.Request.Cookies.TryGetValue(StateCookie, out var sealedState) || sealedState.Length is 0 or > 8192)
        {
            return null;
        }
        http.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = "/", Secure = cookie.SecurePolicy == CookieSecurePolicy.Always || http.Request.IsHttps });
        try
        {
            var text = protector.CreateProtector(purpose).Unprotect(sealedState);
            var split = text.IndexOf('\n', StringComparison.Ordinal);
            return split > 0 && long.TryParse(text[..split], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks > time.GetUtcNow().UtcTicks
                ? text[(split + 1)..]
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
