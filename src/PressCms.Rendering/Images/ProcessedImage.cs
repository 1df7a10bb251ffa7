namespace PressCms.Rendering.Images;

/// <summary>
/// Everything made from one upload: each width in WebP and JPEG (for srcset), widest first,
/// and a 1200×630 JPEG social card. The original bytes are never served.
/// </summary>
public sealed record ProcessedImage(ImageInspection Source, IReadOnlyList<Rendition> Renditions, Rendition SocialCard);
