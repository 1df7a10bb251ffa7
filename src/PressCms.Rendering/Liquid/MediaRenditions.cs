using System.Globalization;
using PressCms.Core.Media;
using PressCms.Core.Releases;

namespace PressCms.Rendering.Liquid;

/// <summary>The public addresses of a library image's renditions, as the media endpoint serves them.</summary>
public static class MediaRenditions
{
    public static string Url(string origin, string id, int width, string extension) =>
        $"{origin}/media/{id}/{width.ToString(CultureInfo.InvariantCulture)}.{extension}";

    internal static LeadImageView View(MediaAsset asset, LeadImage image, string origin)
    {
        var widths = asset.RenditionWidths;
        var largest = widths[^1];
        string Srcset(string extension) => string.Join(", ", widths.Select(w => $"{Url(origin, asset.Id, w, extension)} {w}w"));
        return new LeadImageView(
            Url(origin, asset.Id, largest, "jpg"),
            string.IsNullOrWhiteSpace(image.Alt) ? asset.Alt : image.Alt,
            image.Caption ?? asset.Caption,
            image.Credit ?? asset.Credit,
            image.Copyright ?? asset.Copyright)
        {
            Srcset = Srcset("jpg"),
            WebpSrcset = Srcset("webp"),
            Width = largest,
            Height = (int)Math.Round(largest * (double)asset.Height / asset.Width),
            CardUrl = $"{origin}/media/{asset.Id}/card.jpg",
            Bytes = asset.EnclosureBytes > 0 ? asset.EnclosureBytes : null,
        };
    }
}
