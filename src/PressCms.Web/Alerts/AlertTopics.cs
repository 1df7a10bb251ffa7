using Microsoft.EntityFrameworkCore;
using PressCms.Core.Alerts;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Data;

namespace PressCms.Web.Alerts;

/// <summary>Names topics as readers see them; a topic without a name has no feed, so nobody can follow it.</summary>
public sealed class AlertTopics(PressCmsDbContext db)
{
    public async Task<string?> NameAsync(AlertTopic topic, CancellationToken cancellationToken)
    {
        var slug = topic.Slug ?? "";
        var termKind = TermKindOf(topic.Kind);
        return topic.Kind switch
        {
            AlertTopic.AllKind => "all press releases",
            "operation" => await db.Operations.AsNoTracking().Where(o => o.Slug == slug).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken),
            "kind" => ReleaseKinds.TryParse(slug, out var kind) ? kind.ToLabel() : null,
            _ => await db.Terms.AsNoTracking().Where(t => t.Kind == termKind && t.Slug == slug)
                .Select(t => t.Name).FirstOrDefaultAsync(cancellationToken),
        };
    }

    private static TermKind TermKindOf(string kind) => kind switch
    {
        "unit" => TermKind.Unit,
        "area" => TermKind.Area,
        _ => TermKind.Category,
    };
}
