using System.Security.Cryptography;
using System.Text;

namespace PressCms.Core.People;

/// <summary>
/// A bearer token for the JSON API, acting as one member of staff. Only the SHA-256 of the token
/// is stored; the token itself is shown once, when it is made.
/// </summary>
public sealed class ApiToken
{
    public const string Prefix = "pcms_";

    private ApiToken()
    {
    }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string UserEmail { get; private set; } = "";
    public string Hash { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public DateTime? LastUsedUtc { get; private set; }
    public DateTime? RevokedUtc { get; private set; }

    /// <summary>A new token for a user: the entity to store and the secret to hand over once.</summary>
    public static (ApiToken Token, string Secret) Issue(string userId, string userEmail, DateTime nowUtc)
    {
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new ApiToken { UserId = userId, UserEmail = userEmail, Hash = HashOf(secret), CreatedUtc = nowUtc }, secret);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsActive => RevokedUtc is null;

    public void MarkUsed(DateTime nowUtc) => LastUsedUtc = nowUtc;

    public void Revoke(DateTime nowUtc) => RevokedUtc ??= nowUtc;
}
