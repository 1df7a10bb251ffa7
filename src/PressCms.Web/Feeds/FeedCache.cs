using Microsoft.Extensions.Caching.Memory;

namespace PressCms.Web.Feeds;

/// <summary>
/// Built feed bodies by their ETag. The ETag covers everything a body shows (see
/// <see cref="FeedVersion"/>), so an entry is never stale: a change makes a new key and the old
/// entry ages out unused. Nothing needs evicting, on this node or any other.
/// </summary>
public sealed class FeedCache : IDisposable
{
    public const long SizeLimitBytes = 64 * 1024 * 1024;

    private readonly MemoryCache _bodies = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });

    public bool TryGet(string etag, out byte[] body)
    {
        body = _bodies.TryGetValue(etag, out byte[]? cached) ? cached! : [];
        return cached is not null;
    }

    public void Set(string etag, byte[] body) =>
        _bodies.Set(etag, body, new MemoryCacheEntryOptions { Size = body.Length, SlidingExpiration = TimeSpan.FromMinutes(10) });

    public void Dispose() => _bodies.Dispose();
}
