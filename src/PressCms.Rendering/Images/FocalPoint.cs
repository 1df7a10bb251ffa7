namespace PressCms.Rendering.Images;

/// <summary>The part of the picture that must survive a crop, as fractions of width and height (0..1, from top left).</summary>
public sealed record FocalPoint(double X, double Y)
{
    public static FocalPoint Centre { get; } = new(0.5, 0.5);

    // Out-of-range or NaN values come from hand-edited data; the crop falls back to the nearest edge or the centre.
    internal FocalPoint Clamped() => new(Clamp(X), Clamp(Y));

    private static double Clamp(double value) => double.IsNaN(value) ? 0.5 : Math.Clamp(value, 0, 1);
}
