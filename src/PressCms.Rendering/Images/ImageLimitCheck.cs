namespace PressCms.Rendering.Images;

/// <summary>Compares a header's declared size with the limits, pixels first: a bomb is best described by its megapixels.</summary>
internal static class ImageLimitCheck
{
    public static void Within(ImageLimits limits, int width, int height)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ImageRefusedException(ImageRefusal.Damaged, "The file is damaged or incomplete; export it again and re-upload it.");
        }
        var pixels = (long)width * height;
        if (pixels > limits.MaxPixels)
        {
            throw new ImageRefusedException(ImageRefusal.TooManyPixels, $"The image is {Megapixels(pixels)} megapixels; the limit is {Megapixels(limits.MaxPixels)}.");
        }
        if (width > limits.MaxWidth)
        {
            throw new ImageRefusedException(ImageRefusal.TooWide, $"The image is {width} pixels wide; the limit is {limits.MaxWidth}.");
        }
        if (height > limits.MaxHeight)
        {
            throw new ImageRefusedException(ImageRefusal.TooTall, $"The image is {height} pixels tall; the limit is {limits.MaxHeight}.");
        }
    }

    private static string Megapixels(long pixels) => (pixels / 1_000_000.0).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
