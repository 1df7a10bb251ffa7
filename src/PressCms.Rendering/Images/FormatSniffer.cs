using System.Text;

namespace PressCms.Rendering.Images;

/// <summary>
/// Decides the format from the first bytes, so SVG, HTML, TIFF and the rest never reach a decoder.
/// The file name and the browser's content type are not trusted.
/// </summary>
internal static class FormatSniffer
{
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageFormatKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ImageFormatKind.Jpeg;
        }
        if (head.StartsWith(Png))
        {
            return ImageFormatKind.Png;
        }
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return ImageFormatKind.Gif;
        }
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormatKind.Webp;
        }
        throw new ImageRefusedException(ImageRefusal.UnsupportedFormat, $"This file is {Describe(head)}; upload a JPEG, PNG, GIF or WebP image.");
    }

    // Naming what the file really is tells the uploader what went wrong (e.g. "an HTML page" saved as .jpg).
    private static string Describe(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return "a TIFF image";
        }
        if (head.StartsWith("BM"u8))
        {
            return "a BMP image";
        }
        if (head.StartsWith("%PDF"u8))
        {
            return "a PDF document";
        }
        if (head.StartsWith("PK\x03\x04"u8))
        {
            return "a ZIP archive (or an Office document)";
        }
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return "a HEIC, AVIF or video file";
        }
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 1024)]).ToLowerInvariant();
        if (text.Contains("<svg", StringComparison.Ordinal))
        {
            return "an SVG drawing";
        }
        if (text.Contains("<html", StringComparison.Ordinal) || text.Contains("<!doctype", StringComparison.Ordinal) || text.Contains("<script", StringComparison.Ordinal))
        {
            return "an HTML page";
        }
        return "not an image we recognise";
    }
}
