namespace PressCms.Rendering.Images;

/// <summary>The only formats accepted on upload; renditions are written as <see cref="Jpeg"/> and <see cref="Webp"/>.</summary>
public enum ImageFormatKind
{
    Jpeg,
    Png,
    Gif,
    Webp,
}
