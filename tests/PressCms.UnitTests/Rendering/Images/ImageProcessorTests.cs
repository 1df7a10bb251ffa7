using PressCms.Rendering.Images;
using SixLabors.ImageSharp;

namespace PressCms.UnitTests.Rendering.Images;

public sealed class ImageProcessorTests
{
    private readonly ImageProcessor _processor = new();

    [Theory]
    [InlineData(ImageFormatKind.Jpeg)]
    [InlineData(ImageFormatKind.Png)]
    [InlineData(ImageFormatKind.Gif)]
    [InlineData(ImageFormatKind.Webp)]
    public void Should_accept_each_allowed_format_and_make_every_width_in_webp_and_jpeg(ImageFormatKind format)
    {
        var processed = _processor.Process(new MemoryStream(SampleImages.Encoded(format, 1600, 900)), ImageRequest.Default);

        Assert.Equal(format, processed.Source.Format);
        Assert.Equal((1600, 900), (processed.Source.Width, processed.Source.Height));
        Assert.Equal(
            [(1200, "WEBP"), (1200, "JPEG"), (800, "WEBP"), (800, "JPEG"), (480, "WEBP"), (480, "JPEG")],
            processed.Renditions.Select(r => (ReadBack(r.Bytes).Width, ReadBack(r.Bytes).Format)));
        Assert.All(processed.Renditions, r => Assert.Equal(r.Width * 900 / 1600, r.Height, tolerance: 1));
    }

    [Fact]
    public void Should_label_each_rendition_with_the_content_type_of_its_bytes()
    {
        var processed = _processor.Process(new MemoryStream(SampleImages.Encoded(ImageFormatKind.Png, 900, 600)), ImageRequest.Default);

        Assert.All(processed.Renditions.Append(processed.SocialCard), r => Assert.Equal(r.ContentType, "image/" + ReadBack(r.Bytes).Format.ToLowerInvariant()));
    }

    [Theory]
    [InlineData(1000, new[] { 800, 480 })]
    [InlineData(800, new[] { 800, 480 })]
    [InlineData(300, new[] { 300 })]
    public void Should_never_upscale_and_fall_back_to_the_original_width_when_every_width_is_too_wide(int width, int[] expected)
    {
        var processed = _processor.Process(new MemoryStream(SampleImages.Encoded(ImageFormatKind.Jpeg, width, 200)), ImageRequest.Default);

        Assert.Equal(expected, processed.Renditions.Where(r => r.Format == ImageFormatKind.Jpeg).Select(r => r.Width));
    }

    [Fact]
    public void Should_count_the_frames_of_an_animation_it_accepts()
    {
        var inspection = _processor.Inspect(new MemoryStream(SampleImages.Animated(frames: 3)));

        Assert.Equal(ImageFormatKind.Gif, inspection.Format);
        Assert.Equal(3, inspection.Frames);
    }

    [Fact]
    public void Should_inspect_without_making_renditions_and_report_the_byte_size()
    {
        var bytes = SampleImages.Encoded(ImageFormatKind.Webp, 640, 480);

        var inspection = _processor.Inspect(new MemoryStream(bytes));

        Assert.Equal(new ImageInspection(ImageFormatKind.Webp, 640, 480, 1, bytes.Length), inspection);
    }

    internal static (int Width, int Height, string Format) ReadBack(byte[] bytes)
    {
        var info = Image.Identify(bytes, out var format);
        return (info.Width, info.Height, format.Name.ToUpperInvariant());
    }
}
