using System.Security.Cryptography;
using System.Text;

namespace PressCms.Core.People;

/// <summary>
/// A bearer token for the JSON API, acting as one member of staff within its scopes until it
/// expires or is revoked. Only the SHA-256 of the token is stored; the token itself is shown once,
/// when it is made.
/// </summary>
public sealed class ApiToken
{
    public const string Prefix = "pcms_";
    public const int NameMaxLength = 100;

    /// <summary>Tokens made before expiry and scopes existed end this long after they were made, and may do everything.</summary>
    public static readonly TimeSpan LegacyLifetime = TimeSpan.FromDays(90);

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    /// <summary>Last-used is written at most this often, so reading through the API is not a write per request.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private ApiToken()
    {
    }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string UserEmail { get; private set; } = "";
    public string Hash { get; private set; } = "";
    /// <summary>What the token is for, e.g. "Website CMS sync"; shown on the tokens page.</summary>
    public string Name { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    /// <summary>Null only for tokens made before expiry existed; see <see cref="ExpiresAtUtc"/>.</summary>
    public DateTime? ExpiresUtc { get; private set; }
    /// <summary>Null only for tokens made before scopes existed: they may do everything.</summary>
    public ApiScopes? Scopes { get; private set; }
    public DateTime? LastUsedUtc { get; private set; }
    public DateTime? RevokedUtc { get; private set; }
    public string? RevokedBy { get; private set; }

    public DateTime ExpiresAtUtc => ExpiresUtc ?? CreatedUtc + LegacyLifetime;

    public ApiScopes Granted => Scopes ?? ApiScopes.All;

    /// <summary>A new token for a user: the entity to store and the secret to hand over once.</summary>
    public static (ApiToken Token, string Secret) Issue(string userId, string userEmail, string name, ApiScopes scopes, DateTime nowUtc, TimeSpan lifetime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lifetime, MaxLifetime);
        if (scopes == ApiScopes.None)
        {
            throw new ArgumentException("a token needs at least one scope", nameof(scopes));
        }
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new ApiToken
        {
            UserId = userId, UserEmail = userEmail, Hash = HashOf(secret), Name = name, Scopes = scopes,
            CreatedUtc = nowUtc, ExpiresUtc = nowUtc + lifetime,
        };
        return (token, secret);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsRevoked => RevokedUtc is not null;

    public bool IsExpired(DateTime nowUtc) => nowUtc >= ExpiresAtUtc;

    public bool IsActive(DateTime nowUtc) => !IsRevoked && !IsExpired(nowUtc);

    /// <summary>Whether last-used should be written now: never written, or written over a minute ago.</summary>
    public bool LastUsedIsStale(DateTime nowUtc) => LastUsedUtc is not { } last || nowUtc - last >= LastUsedResolution;

    public void MarkUsed(DateTime nowUtc) => LastUsedUtc = nowUtc;

    public void Revoke(DateTime nowUtc, string by = "")
    {
        if (RevokedUtc is null)
        {
            RevokedUtc = nowUtc;
            RevokedBy = by;
        }
    }
}

/// <summary>What a token may do: read releases, write (create and edit) them, and take workflow decisions.</summary>
[Flags]
public enum ApiScopes
{
    None = 0,
    Read = 1,
    Write = 2,
    Decide = 4,
    All = Read | Write | Decide,
}

public static class ApiScopeNames
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Decide = "decide";

    public static readonly string[] All = [Read, Write, Decide];

    public static string Of(ApiScopes scope) => scope switch
    {
        ApiScopes.Read => Read,
        ApiScopes.Write => Write,
        ApiScopes.Decide => Decide,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "one scope"),
    };

    /// <summary>"read write" for Read | Write.</summary>
    public static string Describe(ApiScopes scopes) =>
        string.Join(" ", new[] { ApiScopes.Read, ApiScopes.Write, ApiScopes.Decide }.Where(s => scopes.HasFlag(s)).Select(Of));

    /// <summary>Parses "read,write" or "read write"; null with the bad word when one is not a scope.</summary>
    public static (ApiScopes Scopes, string? Unknown) Parse(string text)
    {
        var scopes = ApiScopes.None;
        foreach (var word in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var scope = word.ToLowerInvariant() switch
            {
                Read => ApiScopes.Read,
                Write => ApiScopes.Write,
                Decide => ApiScopes.Decide,
                _ => ApiScopes.None,
            };
            if (scope == ApiScopes.None)
            {
                return (ApiScopes.None, word);
            }
            scopes |= scope;
        }
        return (scopes, null);
    }
}
