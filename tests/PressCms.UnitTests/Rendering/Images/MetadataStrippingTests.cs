using System.Text;
using PressCms.Rendering.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;

namespace PressCms.UnitTests.Rendering.Images;

public sealed class MetadataStrippingTests
{
    private readonly ImageProcessor _processor = new();

    [Fact]
    public void Should_leave_no_gps_exif_xmp_or_iptc_in_any_rendition_of_a_phone_photo()
    {
        var processed = _processor.Process(new MemoryStream(PhonePhoto(800, 400)), ImageRequest.Default with { Widths = [100, 200] });

        Assert.All(processed.Renditions.Append(processed.SocialCard), rendition =>
        {
            var metadata = Image.Identify(rendition.Bytes).Metadata;
            Assert.Null(metadata.ExifProfile);
            Assert.Null(metadata.XmpProfile);
            Assert.Null(metadata.IptcProfile);
            Assert.Null(metadata.IccProfile);
            Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(rendition.Bytes), StringComparison.Ordinal);
            Assert.DoesNotContain("Wapping", Encoding.Latin1.GetString(rendition.Bytes), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Should_turn_a_photo_taken_sideways_upright_in_every_rendition()
    {
        var processed = _processor.Process(new MemoryStream(PhonePhoto(800, 400)), ImageRequest.Default with { Widths = [100, 200] });

        Assert.Equal((400, 800), (processed.Source.Width, processed.Source.Height));
        Assert.Equal([(200, 400), (200, 400), (100, 200), (100, 200)], processed.Renditions.Select(r => (ImageProcessorTests.ReadBack(r.Bytes).Width, ImageProcessorTests.ReadBack(r.Bytes).Height)));
    }

    [Fact]
    public void Should_keep_the_source_photo_metadata_until_processing_so_the_test_photo_is_real()
    {
        var metadata = Image.Identify(PhonePhoto(40, 20)).Metadata;

        Assert.NotNull(metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));
        Assert.NotNull(metadata.XmpProfile);
        Assert.NotNull(metadata.IptcProfile);
    }

    /// <summary>A JPEG as a phone writes it: GPS position, camera held sideways (orientation 6), XMP and IPTC.</summary>
    private static byte[] PhonePhoto(int width, int height)
    {
        using var image = SampleImages.Gradient(width, height);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(51), new Rational(30), new Rational(26)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "W");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(0), new Rational(3), new Rational(42)]);
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        exif.SetValue(ExifTag.Model, "Wapping Station Camera");
        image.Metadata.ExifProfile = exif;
        image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"Wapping\"/></rdf:RDF></x:xmpmeta>"));
        var iptc = new IptcProfile();
        iptc.SetValue(IptcTag.City, "Wapping");
        image.Metadata.IptcProfile = iptc;
        return SampleImages.Save(image, ImageFormatKind.Jpeg);
    }
}
