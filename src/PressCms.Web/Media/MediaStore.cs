using PressCms.Rendering.Images;
using PressCms.Web.Storage;

namespace PressCms.Web.Media;

/// <summary>
/// Files on disk: originals in a private folder (never served), renditions in a public one, one
/// folder per image so "remove everywhere" deletes them all at once.
/// </summary>
public sealed class MediaStore(PressCmsPaths paths)
{
    public const string CardName = "card.jpg";

    private string Originals => Path.Combine(paths.Media, "originals");

    private string Renditions(string id) => Path.Combine(paths.Media, "renditions", id);

    public static string FileName(Rendition rendition) =>
        $"{rendition.Width}.{(rendition.Format == ImageFormatKind.Webp ? "webp" : "jpg")}";

    public async Task WriteAsync(string id, string extension, ReadOnlyMemory<byte> original, ProcessedImage processed, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Originals);
        Directory.CreateDirectory(Renditions(id));
        await File.WriteAllBytesAsync(Path.Combine(Originals, id + extension), original.ToArray(), cancellationToken);
        foreach (var rendition in processed.Renditions)
        {
            await File.WriteAllBytesAsync(Path.Combine(Renditions(id), FileName(rendition)), rendition.Bytes, cancellationToken);
        }
        await File.WriteAllBytesAsync(Path.Combine(Renditions(id), CardName), processed.SocialCard.Bytes, cancellationToken);
    }

    /// <summary>A public rendition's path, or null when there is no such file (the name is checked, never used as a path as given).</summary>
    public string? Rendition(string id, string name)
    {
        if (id.Length is 0 or > 40 || !id.All(char.IsAsciiHexDigitLower) || !IsRenditionName(name))
        {
            return null;
        }
        var path = Path.Combine(Renditions(id), name);
        return File.Exists(path) ? path : null;
    }

    public void DeleteRenditions(string id)
    {
        if (Directory.Exists(Renditions(id)))
        {
            Directory.Delete(Renditions(id), recursive: true);
        }
    }

    private static bool IsRenditionName(string name) =>
        name == CardName || (name.EndsWith(".webp", StringComparison.Ordinal) || name.EndsWith(".jpg", StringComparison.Ordinal))
            && int.TryParse(name.AsSpan(0, name.IndexOf('.', StringComparison.Ordinal)), out var width) && width is > 0 and <= 12_000;
}
