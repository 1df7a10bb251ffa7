using PressCms.Core.Newsroom;
using PressCms.Core.Releases;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// RFC 4151 tag URIs for feed entries. Built from the configured site host, the release's creation
/// date and its id, all of which never change, so readers never see an entry twice after a slug fix.
/// </summary>
public static class FeedIds
{
    public static string For(Release release, NewsroomSettings settings) =>
        $"tag:{Host(settings.BaseUrl)},{release.CreatedUtc:yyyy-MM-dd}:release:{release.Id}";

    private static string Host(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : "localhost";
}
