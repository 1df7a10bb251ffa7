using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Rendering.Liquid;
using PressCms.Web.Site;

namespace PressCms.Web.Feeds;

/// <summary>
/// What one feed holds: every release, or those matching a <see cref="Core.Taxonomy.Topic"/>,
/// with its title and the public page it mirrors.
/// </summary>
public sealed record FeedTopic(Topic Topic, string Title, string AlternatePath)
{
    /// <summary>WebSub pings go out for the site feed and single-facet feeds only; combined feeds are polled, so they do not advertise the hub.</summary>
    public bool IsPinged => Topic.Parts.Count <= 1;

    /// <summary>The feed of a topic, or null when any part of it names nothing that exists.</summary>
    public static async Task<FeedTopic?> FindAsync(TopicNames names, string siteName, Topic topic, CancellationToken ct)
    {
        if (topic.IsAll)
        {
            return new(topic, $"{siteName}: press releases", SitePaths.Home);
        }
        if (await names.NameAsync(topic, ct) is not { } name)
        {
            return null;
        }
        var first = topic.Parts[0];
        var alternate = first.Facet switch
        {
            TopicFacets.Operation => SitePaths.Operation(first.Slug),
            TopicFacets.Category => SitePaths.Term(TermKind.Category, first.Slug),
            TopicFacets.Unit => SitePaths.Term(TermKind.Unit, first.Slug),
            TopicFacets.Area => SitePaths.Term(TermKind.Area, first.Slug),
            _ => SitePaths.Home,
        };
        return new(topic, $"{siteName}: {name}", alternate);
    }

    /// <summary>Narrows revisions to this topic: every part must match.</summary>
    public IQueryable<Revision> Filter(IQueryable<Revision> revisions)
    {
        foreach (var part in Topic.Parts)
        {
            var slug = part.Slug;
            revisions = part.Facet switch
            {
                TopicFacets.Category => revisions.Where(v => v.Categories.Contains(slug)),
                TopicFacets.Operation => revisions.Where(v => v.Operation == slug),
                TopicFacets.Unit => revisions.Where(v => v.Unit == slug),
                TopicFacets.Area => revisions.Where(v => v.Area == slug),
                _ => ReleaseKinds.TryParse(slug, out var kind) ? revisions.Where(v => v.Kind == kind) : revisions.Where(v => false),
            };
        }
        return revisions;
    }
}
