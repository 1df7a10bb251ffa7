using Microsoft.AspNetCore.DataProtection;
using PressCms.Core.Alerts;

namespace PressCms.Web.Alerts;

/// <summary>
/// Link tokens: random, looked up by SHA-256, and kept sealed with the host's data protection keys
/// (the keys the sign-in cookies already need shared between nodes) so that later emails can carry
/// the same links, and the database alone cannot unsubscribe anybody.
/// </summary>
public sealed class AlertTokens(IDataProtectionProvider protection)
{
    public const string Purpose = "PressCms.Alerts.Token";

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    public (string Token, string Hash, string Sealed) New()
    {
        var token = Subscription.NewToken();
        return (token, Subscription.HashToken(token), protector.Protect(token));
    }

    public string Unseal(Subscription subscription) => protector.Unprotect(subscription.SealedToken);
}
