using PressCms.Core.Newsroom;
using PressCms.Core.Releases;

namespace PressCms.Rendering.Liquid;

/// <summary>A release in a list: enough to choose it, nothing that needs the taxonomy.</summary>
public sealed record ReleaseSummaryView(
    string Headline,
    string Url,
    string Path,
    string? Standfirst,
    string Kind,
    string KindLabel,
    string Published,
    string PublishedDisplay)
{
    public static ReleaseSummaryView From(Release release, Revision revision, NewsroomSettings settings, string baseUrl)
    {
        var path = SitePaths.Release(release.Slug.Length > 0 ? release.Slug : revision.Slug);
        var published = release.PublishAtUtc ?? revision.CreatedUtc;
        return new ReleaseSummaryView(
            revision.Headline,
            baseUrl.TrimEnd('/') + path,
            path,
            revision.Standfirst,
            revision.Kind.ToSlug(),
            revision.Kind.ToLabel(),
            NewsroomClock.Iso(published),
            NewsroomClock.For(settings).Display(published));
    }
}
