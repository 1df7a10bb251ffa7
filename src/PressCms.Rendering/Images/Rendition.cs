namespace PressCms.Rendering.Images;

/// <summary>One encoded, metadata-free image ready to store and serve.</summary>
public sealed record Rendition(int Width, int Height, ImageFormatKind Format, byte[] Bytes)
{
    public string ContentType => Format switch
    {
        ImageFormatKind.Jpeg => "image/jpeg",
        ImageFormatKind.Png => "image/png",
        ImageFormatKind.Gif => "image/gif",
        ImageFormatKind.Webp => "image/webp",
        _ => throw new InvalidOperationException($"No content type for {Format}."),
    };
}
