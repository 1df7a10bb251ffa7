using PressCms.Core.Taxonomy;

namespace PressCms.Rendering.Liquid;

/// <summary>A link to a taxonomy page. Url is absolute (feeds need it); Path is site-relative.</summary>
public sealed record LinkView(string Slug, string Name, string Path, string Url)
{
    public static LinkView Operation(string slug, TaxonomyNames names, string baseUrl) =>
        Create(slug, names.OperationName(slug), SitePaths.Operation(slug), baseUrl);

    public static LinkView Term(TermKind kind, string slug, TaxonomyNames names, string baseUrl) =>
        Create(slug, names.TermName(kind, slug), SitePaths.Term(kind, slug), baseUrl);

    private static LinkView Create(string slug, string name, string path, string baseUrl) =>
        new(slug, name, path, baseUrl + path);
}
