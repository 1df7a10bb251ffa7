using System.Text;
using PressCms.Rendering.Images;

namespace PressCms.UnitTests.Rendering.Images;

/// <summary>The hostile corpus: each file is refused with a message for the uploader, never an unexpected exception.</summary>
public sealed class HostileImageTests
{
    private readonly ImageProcessor _processor = new();

    public static TheoryData<string, byte[], ImageRefusal, string> Corpus => new()
    {
        { "empty file", [], ImageRefusal.Empty, "empty" },
        { "SVG with a script", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), ImageRefusal.UnsupportedFormat, "SVG" },
        { "HTML named photo.jpg", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>fetch('/admin')</script></body></html>"), ImageRefusal.UnsupportedFormat, "HTML" },
        { "TIFF header", [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00], ImageRefusal.UnsupportedFormat, "TIFF" },
        { "ZIP archive", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00], ImageRefusal.UnsupportedFormat, "ZIP" },
        { "plain text", Encoding.UTF8.GetBytes("just some words"), ImageRefusal.UnsupportedFormat, "upload a JPEG, PNG, GIF or WebP" },
        { "PNG declaring 100000×100000 (decompression bomb)", SampleImages.PngHeaderDeclaring(100_000, 100_000), ImageRefusal.TooManyPixels, "10000 megapixels; the limit is 40" },
        { "PNG declaring 13000×10", SampleImages.PngHeaderDeclaring(13_000, 10), ImageRefusal.TooWide, "13000 pixels wide" },
        { "PNG declaring 10×13000", SampleImages.PngHeaderDeclaring(10, 13_000), ImageRefusal.TooTall, "13000 pixels tall" },
        { "GIF of 10,000 frames", SampleImages.GifWithFrames(10_000), ImageRefusal.TooManyFrames, "the limit is 100" },
        { "JPEG cut after its header", Truncated(ImageFormatKind.Jpeg, keep: 200), ImageRefusal.Damaged, "damaged or incomplete" },
        { "PNG cut in half", Truncated(ImageFormatKind.Png, keep: -1), ImageRefusal.Damaged, "damaged or incomplete" },
        { "JPEG cut in half", Truncated(ImageFormatKind.Jpeg, keep: -1), ImageRefusal.Damaged, "damaged or incomplete" },
        { "GIF cut in half", Truncated(ImageFormatKind.Gif, keep: -1), ImageRefusal.Damaged, "damaged or incomplete" },
        { "PNG cut after its header", Truncated(ImageFormatKind.Png, keep: 40), ImageRefusal.Damaged, "damaged or incomplete" },
        { "WebP cut after its header", Truncated(ImageFormatKind.Webp, keep: 30), ImageRefusal.Damaged, "damaged or incomplete" },
        { "GIF cut after its header", Truncated(ImageFormatKind.Gif, keep: 20), ImageRefusal.Damaged, "damaged or incomplete" },
        { "WebP cut in half", Truncated(ImageFormatKind.Webp, keep: -1), ImageRefusal.Damaged, "damaged or incomplete" },
        { "JPEG magic and nothing else", [0xFF, 0xD8, 0xFF], ImageRefusal.Damaged, "damaged or incomplete" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Should_refuse_each_hostile_file_with_a_message_for_the_uploader(string file, byte[] bytes, ImageRefusal reason, string message)
    {
        var refused = Assert.Throws<ImageRefusedException>(() => _processor.Process(new MemoryStream(bytes), ImageRequest.Default));

        Assert.True(refused.Reason == reason, $"{file}: {refused.Reason} ({refused.Message})");
        Assert.Contains(message, refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("decompression bomb")]
    [InlineData("10,000 frames")]
    public void Should_refuse_a_bomb_from_its_header_without_allocating_pixel_buffers(string file)
    {
        var bytes = file == "decompression bomb" ? SampleImages.PngHeaderDeclaring(100_000, 100_000) : SampleImages.GifWithFrames(10_000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<ImageRefusedException>(() => _processor.Process(new MemoryStream(bytes), ImageRequest.Default));

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, (bytes.Length * 4) + (1024 * 1024));
    }

    [Fact]
    public void Should_refuse_a_26_megabyte_file_before_reading_it()
    {
        var refused = Assert.Throws<ImageRefusedException>(() => _processor.Inspect(new MemoryStream(new byte[26 * 1024 * 1024])));

        Assert.Equal(ImageRefusal.TooManyBytes, refused.Reason);
        Assert.Equal("The file is 26 MB; the limit is 25 MB.", refused.Message);
    }

    [Fact]
    public void Should_stop_reading_an_endless_upload_at_the_limit()
    {
        var refused = Assert.Throws<ImageRefusedException>(() => _processor.Inspect(new UnseekableStream(new byte[26 * 1024 * 1024])));

        Assert.Equal(ImageRefusal.TooManyBytes, refused.Reason);
        Assert.Contains("more than 25 MB", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ImageFormatKind.Jpeg)]
    [InlineData(ImageFormatKind.Png)]
    [InlineData(ImageFormatKind.Gif)]
    [InlineData(ImageFormatKind.Webp)]
    public void Should_either_refuse_or_cleanly_reencode_a_file_with_flipped_bytes(ImageFormatKind format)
    {
        var original = SampleImages.Encoded(format, 200, 150);
        for (var seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            var damaged = (byte[])original.Clone();
            for (var flips = 0; flips < 8; flips++)
            {
                damaged[random.Next(damaged.Length / 4, damaged.Length * 3 / 4)] ^= (byte)random.Next(1, 256);
            }

            var thrown = Record.Exception(() => _processor.Process(new MemoryStream(damaged), ImageRequest.Default));

            Assert.True(thrown is null or ImageRefusedException, $"seed {seed}: {thrown}");
        }
    }

    [Fact]
    public void Should_reencode_a_jpeg_zip_polyglot_without_the_zip()
    {
        byte[] polyglot = [.. SampleImages.Encoded(ImageFormatKind.Jpeg, 600, 400), .. "PK\x03\x04payload.html<script>alert(1)</script>"u8];

        var processed = _processor.Process(new MemoryStream(polyglot), ImageRequest.Default);

        Assert.All(processed.Renditions.Append(processed.SocialCard), r => Assert.DoesNotContain("PK\x03\x04", Encoding.Latin1.GetString(r.Bytes), StringComparison.Ordinal));
        Assert.All(processed.Renditions.Append(processed.SocialCard), r => Assert.DoesNotContain("<script", Encoding.Latin1.GetString(r.Bytes), StringComparison.Ordinal));
    }

    [Fact]
    public void Should_apply_stricter_limits_when_given_them()
    {
        var strict = new ImageProcessor(new ImageLimits(MaxPixels: 100_000));

        var refused = Assert.Throws<ImageRefusedException>(() => strict.Inspect(new MemoryStream(SampleImages.Encoded(ImageFormatKind.Png, 400, 300))));

        Assert.Equal("The image is 0.12 megapixels; the limit is 0.1.", refused.Message);
    }

    private static byte[] Truncated(ImageFormatKind format, int keep)
    {
        var bytes = SampleImages.Encoded(format, 300, 200);
        return bytes[..(keep < 0 ? bytes.Length / 2 : keep)];
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
