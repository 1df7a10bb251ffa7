using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;

namespace PressCms.Rendering.Images;

/// <summary>The one ImageSharp configuration a processor shares across threads.</summary>
internal static class DecoderConfiguration
{
    private const int PoolMegabytes = 64;

    public static Configuration Create(ImageLimits limits)
    {
        // Only the four accepted formats are registered: even if the sniffer were wrong, no TIFF/BMP/TGA decoder exists to reach.
        var configuration = new Configuration(
            new JpegConfigurationModule(),
            new PngConfigurationModule(),
            new GifConfigurationModule(),
            new WebpConfigurationModule())
        {
            // A single buffer larger than the limit throws InvalidMemoryOperationException instead of exhausting the host;
            // the small pool stops one huge upload from keeping hundreds of MB rented afterwards.
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
            {
                AllocationLimitMegabytes = limits.AllocationLimitMegabytes,
                MaximumPoolSizeMegabytes = PoolMegabytes,
            }),
        };
        // Renditions use the first frame only, so the rest of an animation is never decoded.
        configuration.ImageFormatsManager.SetDecoder(GifFormat.Instance, new GifDecoder { MaxFrames = 1 });
        return configuration;
    }
}
