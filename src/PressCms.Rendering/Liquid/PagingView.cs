namespace PressCms.Rendering.Liquid;

/// <summary>Newer and older page links of a list, null when there is no such page.</summary>
public sealed record PagingView(int Page, string? NewerUrl, string? OlderUrl)
{
    public static readonly PagingView Single = new(1, null, null);

    /// <param name="path">The list's own path, e.g. "/" or "/operations/operation-legatum".</param>
    /// <param name="hasOlder">Whether a further page exists (Web fetches one row more than it shows).</param>
    public static PagingView For(string path, int page, bool hasOlder)
    {
        var current = Math.Max(1, page);
        return new PagingView(
            current,
            current > 1 ? SitePaths.Page(path, current - 1) : null,
            hasOlder ? SitePaths.Page(path, current + 1) : null);
    }
}
