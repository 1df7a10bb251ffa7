using BenchmarkDotNet.Attributes;
using PressCms.Rendering.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace PressCms.Benchmarks;

/// <summary>
/// A 12-megapixel (4000×3000) camera JPEG through the whole upload pipeline: checks, decode, auto-orient,
/// metadata strip, 1200/800/480 in WebP and JPEG, and the 1200×630 social card.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ImagePipelineBenchmark
{
    private readonly ImageProcessor _processor = new();
    private byte[] _photo = [];

    [GlobalSetup]
    public void Setup()
    {
        // Gradient plus noise, so the JPEG is the size of a real photo (a few MB) rather than a flat colour.
        using var image = new Image<Rgb24>(4000, 3000);
        var random = new Random(12);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var noise = random.Next(-24, 24);
                    row[x] = new Rgb24((byte)Math.Clamp((x / 16) + noise, 0, 255), (byte)Math.Clamp((y / 12) + noise, 0, 255), (byte)Math.Clamp(128 + noise, 0, 255));
                }
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        _photo = stream.ToArray();
    }

    [Benchmark]
    public ImageInspection Inspect() => _processor.Inspect(new MemoryStream(_photo, writable: false));

    [Benchmark]
    public ProcessedImage Process() => _processor.Process(new MemoryStream(_photo, writable: false), new ImageRequest(new FocalPoint(0.4, 0.3)));
}
