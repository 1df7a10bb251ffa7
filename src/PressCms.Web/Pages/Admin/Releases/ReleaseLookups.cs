using Microsoft.EntityFrameworkCore;
using PressCms.Core.Taxonomy;
using PressCms.Data;

namespace PressCms.Web.Pages.Admin.Releases;

/// <summary>The choices the release form offers: operations, units, areas and categories by slug and name.</summary>
public sealed record ReleaseLookups(
    IReadOnlyList<(string Slug, string Name)> Operations,
    IReadOnlyList<(string Slug, string Name)> Units,
    IReadOnlyList<(string Slug, string Name)> Areas,
    IReadOnlyList<(string Slug, string Name)> Categories,
    IReadOnlyList<(string Reference, string Name)> Images)
{
    public static readonly ReleaseLookups Empty = new([], [], [], [], []);

    public static async Task<ReleaseLookups> LoadAsync(PressCmsDbContext db, CancellationToken cancellationToken)
    {
        var terms = await db.Terms.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var operations = await db.Operations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Slug, o.Name }).ToListAsync(cancellationToken);
        List<(string, string)> Of(TermKind kind) => [.. terms.Where(t => t.Kind == kind).Select(t => (t.Slug, t.Name))];
        var images = await db.Media.AsNoTracking().Where(a => a.RemovedUtc == null).OrderByDescending(a => a.UploadedUtc).Take(200)
            .Select(a => new { a.Id, a.Alt, a.FileName }).ToListAsync(cancellationToken);
        return new ReleaseLookups([.. operations.Select(o => (o.Slug, o.Name))], Of(TermKind.Unit), Of(TermKind.Area), Of(TermKind.Category),
            [.. images.Select(i => (Core.Media.MediaReference.For(i.Id), $"{i.Alt} ({i.FileName})"))]);
    }

    /// <summary>Reference errors Core cannot see: a slug typed or posted that is not in the site.</summary>
    public IEnumerable<Core.Validation.FieldError> Check(Core.Releases.ReleaseContent content)
    {
        if (content.Operation is { Length: > 0 } op && Operations.All(o => o.Slug != op))
        {
            yield return new("operation", "Choose an operation from the list");
        }
        if (content.Unit is { Length: > 0 } unit && Units.All(u => u.Slug != unit))
        {
            yield return new("unit", "Choose a unit from the list");
        }
        if (content.Area is { Length: > 0 } area && Areas.All(a => a.Slug != area))
        {
            yield return new("area", "Choose an area from the list");
        }
        for (var i = 0; i < content.Categories.Count; i++)
        {
            if (Categories.All(c => c.Slug != content.Categories[i]))
            {
                yield return new($"categories[{i}]", "Choose categories from the list");
            }
        }
    }
}
