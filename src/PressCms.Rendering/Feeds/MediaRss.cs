using System.Globalization;
using System.Xml.Linq;
using PressCms.Rendering.Liquid;

namespace PressCms.Rendering.Feeds;

/// <summary>The lead image as Media RSS media:content, the element that carries a photo's credit and copyright.</summary>
internal static class MediaRss
{
    public const string Prefix = "media";
    public const string Namespace = "http://search.yahoo.com/mrss/";

    private static readonly XNamespace Media = Namespace;

    public static XElement Content(LeadImageView image)
    {
        var content = new XElement(Media + "content",
            new XAttribute("url", image.Src),
            new XAttribute("type", MimeType(image.Src)),
            new XAttribute("medium", "image"));
        if (image.Bytes is { } bytes)
        {
            content.Add(new XAttribute("fileSize", bytes.ToString(CultureInfo.InvariantCulture)));
        }
        if (image.Width is { } width && image.Height is { } height)
        {
            content.Add(new XAttribute("width", width.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("height", height.ToString(CultureInfo.InvariantCulture)));
        }
        content.Add(new XElement(Media + "description", new XAttribute("type", "plain"), image.Alt));
        if (image.Credit is { } credit)
        {
            content.Add(new XElement(Media + "credit", new XAttribute("role", "photographer"), credit));
        }
        if (image.Copyright is { } copyright)
        {
            content.Add(new XElement(Media + "copyright", copyright));
        }
        return content;
    }

    public static string MimeType(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".webp" => "image/webp",
            ".gif" => "image/gif",
            ".avif" => "image/avif",
            _ => "image/jpeg",
        };
    }
}
