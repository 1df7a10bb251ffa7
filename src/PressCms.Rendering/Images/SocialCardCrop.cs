using SixLabors.ImageSharp;

namespace PressCms.Rendering.Images;

/// <summary>The largest 1200:630 rectangle that fits the image, centred on the focal point and kept inside the edges.</summary>
internal static class SocialCardCrop
{
    public const int Width = 1200;
    public const int Height = 630;

    public static Rectangle Around(Size image, FocalPoint focus)
    {
        const double aspect = (double)Width / Height;
        var (width, height) = (double)image.Width / image.Height > aspect
            ? ((int)Math.Round(image.Height * aspect), image.Height)
            : (image.Width, (int)Math.Round(image.Width / aspect));
        width = Math.Clamp(width, 1, image.Width);
        height = Math.Clamp(height, 1, image.Height);
        var centre = focus.Clamped();
        var x = Math.Clamp((int)Math.Round((centre.X * image.Width) - (width / 2.0)), 0, image.Width - width);
        var y = Math.Clamp((int)Math.Round((centre.Y * image.Height) - (height / 2.0)), 0, image.Height - height);
        return new Rectangle(x, y, width, height);
    }
}
