using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using PressCms.Data.Identity;

namespace PressCms.Tests.Shared;

/// <summary>
/// The second factor as a member of staff's phone gives it: a TOTP computed from the shared secret
/// the site keeps for them, at the site's clock. The site takes each time step once, and tests
/// often sign the same person in several times at one frozen instant, so this gives the next step
/// the site still accepts (one either side of now) and, once those are spent, a recovery code.
/// </summary>
public static class StaffCodes
{
    /// <summary>The code a person types for the key shown at enrolment.</summary>
    public static string ForKey(string key, DateTime utcNow) => new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp(utcNow);

    /// <summary>A code the site will take now for the person with this email.</summary>
    public static async Task<string> NextAsync(IServiceProvider services, string email, DateTime utcNow)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"no user {email}");
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{email} has no authenticator key");
        var last = long.TryParse(await users.GetAuthenticationTokenAsync(user, "PressCms", "TotpLastStep"), NumberStyles.None, CultureInfo.InvariantCulture, out var step) ? step : long.MinValue;
        var now = new DateTimeOffset(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc)).ToUnixTimeSeconds() / 30;
        foreach (var candidate in new[] { now - 1, now, now + 1 }.Where(s => s > last))
        {
            return ForKey(key, DateTimeOffset.FromUnixTimeSeconds(candidate * 30).UtcDateTime);
        }
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 1))!.Single();
    }
}
