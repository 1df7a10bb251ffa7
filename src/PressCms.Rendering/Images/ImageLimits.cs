namespace PressCms.Rendering.Images;

/// <summary>What an upload may be before any pixel is decoded.</summary>
public sealed record ImageLimits(
    long MaxBytes = 25L * 1024 * 1024,
    long MaxPixels = 40_000_000,
    int MaxWidth = 12_000,
    int MaxHeight = 12_000,
    int MaxFrames = 100)
{
    public static ImageLimits Default { get; } = new();

    // Decoded as Rgba32 (4 bytes a pixel); half again for the decoder's working buffers.
    internal int AllocationLimitMegabytes => (int)Math.Ceiling(MaxPixels * 4 * 1.5 / (1024 * 1024));
}
