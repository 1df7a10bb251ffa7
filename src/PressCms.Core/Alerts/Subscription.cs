using System.Security.Cryptography;
using System.Text;
using PressCms.Core.Taxonomy;

namespace PressCms.Core.Alerts;

/// <summary>
/// One address following one topic. Nothing is sent but the confirmation until the owner confirms;
/// links carry a random token of which only the SHA-256 is looked up.
/// </summary>
public sealed class Subscription
{
    /// <summary>A confirmation is asked for again at most this often, so the form cannot be used to flood an inbox.</summary>
    public static readonly TimeSpan ConfirmationResendAfter = TimeSpan.FromHours(1);

    private Subscription()
    {
    }

    public Guid Id { get; private set; }
    /// <summary>Lower-cased, so one address has one subscription per topic.</summary>
    public string Email { get; private set; } = "";
    public string Topic { get; private set; } = "";
    public AlertFrequency Frequency { get; private set; }
    /// <summary>SHA-256 (hex) of the link token.</summary>
    public string TokenHash { get; private set; } = "";
    /// <summary>The token, sealed by the web host's data protection keys, so emails written later can carry the links.</summary>
    public string SealedToken { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public DateTime? ConfirmedUtc { get; private set; }
    public DateTime? UnsubscribedUtc { get; private set; }
    /// <summary>How many confirmations were asked for; numbers each confirmation email so none is queued twice.</summary>
    public int ConfirmationsRequested { get; private set; }
    public DateTime? ConfirmationRequestedUtc { get; private set; }

    public bool IsActive => ConfirmedUtc is not null && UnsubscribedUtc is null;

    public static Subscription Create(string email, Topic topic, AlertFrequency frequency, string tokenHash, string sealedToken, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        Email = email.Trim().ToLowerInvariant(),
        Topic = topic.Key,
        Frequency = frequency,
        TokenHash = tokenHash,
        SealedToken = sealedToken,
        CreatedUtc = nowUtc,
    };

    /// <summary>Asks (again) for confirmation; false when the subscription is already on or was asked for too recently.</summary>
    public bool RequestConfirmation(AlertFrequency frequency, DateTime nowUtc)
    {
        if (IsActive || (UnsubscribedUtc is null && ConfirmationRequestedUtc is { } asked && nowUtc - asked < ConfirmationResendAfter))
        {
            return false;
        }
        if (UnsubscribedUtc is not null)
        {
            // Coming back after unsubscribing is a new opt-in.
            UnsubscribedUtc = null;
            ConfirmedUtc = null;
        }
        Frequency = frequency;
        ConfirmationsRequested++;
        ConfirmationRequestedUtc = nowUtc;
        return true;
    }

    /// <summary>Confirms the subscription; false if it was already confirmed or has been unsubscribed.</summary>
    public bool Confirm(DateTime nowUtc)
    {
        if (ConfirmedUtc is not null || UnsubscribedUtc is not null)
        {
            return false;
        }
        ConfirmedUtc = nowUtc;
        return true;
    }

    public void ChangeFrequency(AlertFrequency frequency) => Frequency = frequency;

    /// <summary>The same token, sealed again under other keys (after the key ring moved); the links in sent emails keep working.</summary>
    public void Reseal(string sealedToken) => SealedToken = sealedToken;

    /// <summary>Stops every alert; repeating it changes nothing (one-click clients may post twice).</summary>
    public void Unsubscribe(DateTime nowUtc) => UnsubscribedUtc ??= nowUtc;

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
