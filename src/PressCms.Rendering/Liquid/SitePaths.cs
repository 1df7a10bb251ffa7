using PressCms.Core.Taxonomy;

namespace PressCms.Rendering.Liquid;

/// <summary>The public URL scheme in one place: Web maps the same paths.</summary>
public static class SitePaths
{
    public const string Home = "/";

    public static string Release(string slug) => "/news/" + slug;

    public static string Operation(string slug) => "/operations/" + slug;

    public static string Term(TermKind kind, string slug) => kind switch
    {
        TermKind.Unit => "/units/" + slug,
        TermKind.Area => "/areas/" + slug,
        _ => "/categories/" + slug,
    };

    /// <summary>Page 1 is the bare path, so a list has one canonical first page.</summary>
    public static string Page(string path, int page) =>
        page <= 1 ? path : $"{path}?page={page}";
}
