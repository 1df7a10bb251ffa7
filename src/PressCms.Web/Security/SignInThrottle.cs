using System.Collections.Concurrent;

namespace PressCms.Web.Security;

/// <summary>
/// Failed sign-ins slow guessing down without locking anyone out of everything (ASVS 6.3.1). No
/// account is ever locked by failures: what is limited is trying one address from one place.
/// <list type="bullet">
/// <item>From a browser that has signed in to the address before (its device cookie, see
/// <see cref="SignInDevices"/>), five failures in 15 minutes pause that browser alone.</item>
/// <item>From anywhere else, five failures for the address from one client address pause that
/// client for it, and 25 for the address from all such clients pause every unknown browser for it,
/// while the officer's own browser still signs in.</item>
/// </list>
/// The buckets are keyed by the address typed, whether or not it is an account's, so a pause says
/// nothing about which addresses are accounts. API tokens and signed-in sessions are never touched.
/// Counts are held in memory on each node: several nodes give an attacker a few more tries each,
/// never a lockout.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int PerClient = 5;
    public const int PerAddress = 25;

    /// <summary>Beyond this many live buckets the expired ones are swept before another is added.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);

    /// <summary>How long until this attempt may be made, or null when it may be made now.</summary>
    public TimeSpan? Wait(string address, string client, string? device)
    {
        var now = time.GetUtcNow();
        TimeSpan? longest = null;
        foreach (var (key, limit) in Keys(address, client, device))
        {
            if (buckets.TryGetValue(key, out var bucket) && bucket.Until > now && bucket.Failures >= limit)
            {
                var wait = bucket.Until - now;
                longest = longest is null || wait > longest ? wait : longest;
            }
        }
        return longest;
    }

    public void Failed(string address, string client, string? device)
    {
        var now = time.GetUtcNow();
        if (buckets.Count > SweepAbove)
        {
            foreach (var (key, bucket) in buckets)
            {
                if (bucket.Until <= now)
                {
                    buckets.TryRemove(key, out _);
                }
            }
        }
        foreach (var (key, _) in Keys(address, client, device))
        {
            // A window starts at the first failure and is not extended by later ones.
            buckets.AddOrUpdate(key, _ => new Bucket(1, now + Window),
                (_, b) => b.Until <= now ? new Bucket(1, now + Window) : b with { Failures = b.Failures + 1 });
        }
    }

    /// <summary>A right password clears what this browser and client had counted for the address.</summary>
    public void Succeeded(string address, string client, string? device)
    {
        buckets.TryRemove(PairKey(address, client), out _);
        if (device is not null)
        {
            buckets.TryRemove("device\n" + device, out _);
        }
    }

    private static IEnumerable<(string Key, int Limit)> Keys(string address, string client, string? device)
    {
        if (device is not null)
        {
            yield return ("device\n" + device, PerClient);
            yield break;
        }
        yield return (PairKey(address, client), PerClient);
        yield return ("address\n" + Normal(address), PerAddress);
    }

    private static string PairKey(string address, string client) => "pair\n" + Normal(address) + "\n" + client;

    public static string Normal(string address) => address.Trim().ToUpperInvariant();

    private sealed record Bucket(int Failures, DateTimeOffset Until);
}
