using Microsoft.EntityFrameworkCore;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Data;

namespace PressCms.Web.Site;

/// <summary>
/// Names topics as readers see them ("Child protection in London"). A topic naming a category,
/// operation, unit, area or kind that does not exist has no name, and so no feed and no alerts.
/// </summary>
public sealed class TopicNames(PressCmsDbContext db)
{
    /// <summary>The reader's name for a topic, or null when any part of it names nothing.</summary>
    public async Task<string?> NameAsync(Topic topic, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in topic.Parts)
        {
            if (await NameOfAsync(part, cancellationToken) is not { } name)
            {
                return null;
            }
            names[part.Facet] = name;
        }
        return Topic.Describe(names);
    }

    /// <summary>The name of a stored topic key; the key itself when it no longer names anything, so a subscriber still sees what they follow.</summary>
    public async Task<string> NameOfKeyAsync(string key, CancellationToken cancellationToken) =>
        Topic.Parse(key) is { } topic ? await NameAsync(topic, cancellationToken) ?? key : key;

    private async Task<string?> NameOfAsync(TopicPart part, CancellationToken cancellationToken)
    {
        var slug = part.Slug;
        TermKind? termKind = part.Facet switch
        {
            TopicFacets.Category => TermKind.Category,
            TopicFacets.Unit => TermKind.Unit,
            TopicFacets.Area => TermKind.Area,
            _ => null,
        };
        if (termKind is { } kind)
        {
            return await db.Terms.AsNoTracking().Where(t => t.Kind == kind && t.Slug == slug).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        }
        if (part.Facet == TopicFacets.Operation)
        {
            return await db.Operations.AsNoTracking().Where(o => o.Slug == slug).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        }
        return ReleaseKinds.TryParse(slug, out var releaseKind) ? releaseKind.ToLabel() : null;
    }
}
