namespace PressCms.Rendering.Images;

/// <summary>Which renditions to make. Widths wider than the original are skipped: we never upscale.</summary>
public sealed record ImageRequest(FocalPoint Focus)
{
    public static IReadOnlyList<int> DefaultWidths { get; } = [480, 800, 1200];

    public static ImageRequest Default { get; } = new(FocalPoint.Centre);

    public IReadOnlyList<int> Widths { get; init; } = DefaultWidths;
}
