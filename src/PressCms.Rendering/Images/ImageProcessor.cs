using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace PressCms.Rendering.Images;

/// <summary>
/// <see cref="IImageProcessor"/> on ImageSharp 2. Checks run cheapest first (bytes, magic, frames, header)
/// so hostile files are refused before any pixel buffer exists. Build once and share: it is thread-safe.
/// </summary>
public sealed class ImageProcessor(ImageLimits limits) : IImageProcessor
{
    private readonly Configuration _configuration = DecoderConfiguration.Create(limits);
    private readonly RenditionEncoder _encoder = new();

    public ImageProcessor()
        : this(ImageLimits.Default)
    {
    }

    public ImageInspection Inspect(Stream input) => Inspect(UploadBytes.Read(input, limits.MaxBytes));

    public ProcessedImage Process(Stream input, ImageRequest request)
    {
        var bytes = UploadBytes.Read(input, limits.MaxBytes);
        var inspection = Inspect(bytes);
        using var image = Guarded(() => inspection.Format == ImageFormatKind.Jpeg
            ? (Image)Image.Load<Rgb24>(_configuration, bytes.Span)
            : Image.Load<Rgba32>(_configuration, bytes.Span));
        while (image.Frames.Count > 1)
        {
            image.Frames.RemoveFrame(image.Frames.Count - 1);
        }
        image.Mutate(x => x.AutoOrient());
        RenditionEncoder.Strip(image);
        var mayHaveAlpha = inspection.Format != ImageFormatKind.Jpeg;
        return new ProcessedImage(inspection, Renditions(image, request.Widths, mayHaveAlpha), SocialCard(image, request.Focus, mayHaveAlpha));
    }

    private ImageInspection Inspect(ReadOnlyMemory<byte> bytes)
    {
        var format = FormatSniffer.Sniff(bytes.Span);
        var shape = ContainerWalk.Of(format, bytes.Span, limits.MaxFrames);
        if (shape.Frames > limits.MaxFrames)
        {
            throw new ImageRefusedException(ImageRefusal.TooManyFrames, $"The animation has more than {limits.MaxFrames} frames; the limit is {limits.MaxFrames}.");
        }
        if (!shape.Complete)
        {
            throw Damaged(null);
        }
        var info = Identify(bytes);
        var (width, height) = IsQuarterTurn(info) ? (info.Height, info.Width) : (info.Width, info.Height);
        ImageLimitCheck.Within(limits, width, height);
        return new ImageInspection(format, width, height, shape.Frames, bytes.Length);
    }

    private IImageInfo Identify(ReadOnlyMemory<byte> bytes)
    {
        // Identify reads only the headers it needs from the stream; no pixel buffer is allocated.
        using var stream = UploadBytes.AsStream(bytes);
        var info = Guarded(() => Image.Identify(_configuration, stream, out _));
        return info ?? throw Damaged(null);
    }

    private static bool IsQuarterTurn(IImageInfo info) =>
        info.Metadata.ExifProfile?.GetValue(ExifTag.Orientation) is { } orientation && orientation.Value is >= 5 and <= 8;

    private List<Rendition> Renditions(Image image, IReadOnlyList<int> widths, bool mayHaveAlpha)
    {
        var planned = widths.Where(w => w > 0 && w <= image.Width).Distinct().OrderDescending().ToList();
        if (planned.Count == 0)
        {
            planned.Add(image.Width);
        }
        var renditions = new List<Rendition>(planned.Count * 2);
        // Each width is resized from the next wider one: far cheaper than from the original, and indistinguishable at these ratios.
        Image? previous = null;
        try
        {
            foreach (var width in planned)
            {
                var resized = (previous ?? image).Clone(x => x.Resize(width, 0));
                previous?.Dispose();
                previous = resized;
                renditions.Add(_encoder.Encode(resized, ImageFormatKind.Webp, mayHaveAlpha));
                renditions.Add(_encoder.Encode(resized, ImageFormatKind.Jpeg, mayHaveAlpha));
            }
        }
        finally
        {
            previous?.Dispose();
        }
        return renditions;
    }

    private Rendition SocialCard(Image image, FocalPoint focus, bool mayHaveAlpha)
    {
        var crop = SocialCardCrop.Around(image.Size(), focus);
        using var card = image.Clone(x => x.Crop(crop).Resize(SocialCardCrop.Width, SocialCardCrop.Height));
        return _encoder.Encode(card, ImageFormatKind.Jpeg, mayHaveAlpha);
    }

    private static T Guarded<T>(Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (InvalidMemoryOperationException e)
        {
            throw new ImageRefusedException(ImageRefusal.TooManyPixels, "The image needs more memory to open than is allowed; reduce its size and re-upload it.", e);
        }
        // Decoders fed hostile bytes fail in many ways; every one of them means the file is unusable, none is our bug to surface as a 500.
        catch (Exception e) when (e is ImageFormatException or NotSupportedException or ArgumentException or IndexOutOfRangeException
            or EndOfStreamException or InvalidOperationException or OverflowException or ImageProcessingException)
        {
            throw Damaged(e);
        }
    }

    private static ImageRefusedException Damaged(Exception? inner) =>
        new(ImageRefusal.Damaged, "The file is damaged or incomplete; export it again and re-upload it.", inner);
}
