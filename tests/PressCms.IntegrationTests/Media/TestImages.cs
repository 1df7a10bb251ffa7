using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace PressCms.IntegrationTests.Media;

/// <summary>Images made in the test, so no binary files are committed.</summary>
internal static class TestImages
{
    /// <summary>A JPEG as a phone takes it: with GPS coordinates and a camera model in its EXIF.</summary>
    public static byte[] JpegWithGps(int width = 1600, int height = 1000)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(20, 90, 160));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(51, 1), new Rational(30, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "W");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(0, 1), new Rational(7, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.Model, "Evidence camera 3000");
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }
}
