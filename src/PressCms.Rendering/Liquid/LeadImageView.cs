namespace PressCms.Rendering.Liquid;

/// <summary>
/// Src is absolute so the same view serves pages and feeds. A library image also has responsive
/// renditions (JPEG and WebP srcsets), its size, and a 1200×630 card for link previews.
/// </summary>
public sealed record LeadImageView(string Src, string Alt, string? Caption, string? Credit, string? Copyright)
{
    public string? Srcset { get; init; }
    public string? WebpSrcset { get; init; }
    public string Sizes { get; init; } = "(min-width: 48em) 46em, 100vw";
    public int? Width { get; init; }
    public int? Height { get; init; }
    public string? CardUrl { get; init; }

    /// <summary>The size in bytes of the file at <see cref="Src"/>, when known: feeds give it as the enclosure's length.</summary>
    public long? Bytes { get; init; }
}
