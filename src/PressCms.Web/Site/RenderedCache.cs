using Microsoft.Extensions.Caching.Memory;

namespace PressCms.Web.Site;

/// <summary>
/// Built feeds and public pages by their ETag. The ETag covers everything a response shows (see
/// <see cref="ContentVersion"/>), so an entry is never stale: a change makes a new key and the old
/// entry ages out unused. Nothing needs evicting, on this node or any other.
/// </summary>
public sealed class RenderedCache : IDisposable
{
    public const long SizeLimitBytes = 64 * 1024 * 1024;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });

    public bool TryGet(string etag, out RenderedResponse response)
    {
        response = _entries.TryGetValue(etag, out RenderedResponse? cached) ? cached! : RenderedResponse.None;
        return cached is not null;
    }

    public void Set(string etag, RenderedResponse response) =>
        _entries.Set(etag, response, new MemoryCacheEntryOptions { Size = response.Body.Length, SlidingExpiration = TimeSpan.FromMinutes(10) });

    public void Dispose() => _entries.Dispose();
}
