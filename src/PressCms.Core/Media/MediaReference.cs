namespace PressCms.Core.Media;

/// <summary>How a release's lead image points at a library image: "/media/{id}".</summary>
public static class MediaReference
{
    public const string Prefix = "/media/";

    public static string For(string id) => Prefix + id;

    public static string? IdOf(string? src) =>
        src is not null && src.StartsWith(Prefix, StringComparison.Ordinal) && src.Length > Prefix.Length && !src[Prefix.Length..].Contains('/')
            ? src[Prefix.Length..]
            : null;
}
