using System.Buffers.Binary;

namespace PressCms.Rendering.Images;

/// <summary>
/// Walks the container without decoding. ImageSharp 2's <c>Identify</c> does not report frames, and its
/// JPEG, GIF and WebP decoders quietly fill a truncated file with grey, so both are judged here.
/// The walk stops once the frame count passes <c>stopAfter</c>: a 10,000-frame GIF costs a few hundred headers.
/// </summary>
internal static class ContainerWalk
{
    public static ContainerShape Of(ImageFormatKind format, ReadOnlySpan<byte> bytes, int stopAfter) => format switch
    {
        ImageFormatKind.Jpeg => Jpeg(bytes),
        ImageFormatKind.Gif => Gif(bytes, stopAfter),
        ImageFormatKind.Webp => Webp(bytes, stopAfter),
        // PNG's zlib stream and CRCs let ImageSharp detect truncation itself.
        _ => new ContainerShape(1, Complete: true),
    };

    // An entropy-coded scan cannot contain FF DA (FF is stuffed as FF 00), so the last FF DA starts the last scan;
    // a complete file has its end-of-image marker after it. Trailing bytes (a polyglot's ZIP) do not matter.
    private static ContainerShape Jpeg(ReadOnlySpan<byte> bytes)
    {
        var lastScan = bytes.LastIndexOf([(byte)0xFF, (byte)0xDA]);
        return new ContainerShape(1, lastScan >= 0 && bytes[lastScan..].IndexOf([(byte)0xFF, (byte)0xD9]) >= 0);
    }

    private static ContainerShape Gif(ReadOnlySpan<byte> bytes, int stopAfter)
    {
        const int header = 6, screenDescriptor = 7;
        if (bytes.Length < header + screenDescriptor)
        {
            return new ContainerShape(0, Complete: false);
        }
        var position = header + screenDescriptor + ColourTableLength(bytes[10]);
        var frames = 0;
        while (position < bytes.Length && frames <= stopAfter)
        {
            switch (bytes[position])
            {
                case 0x2C: // image descriptor: 9 bytes, optional local colour table, LZW code size, data sub-blocks
                    frames++;
                    position = position + 10 >= bytes.Length ? -1 : SkipSubBlocks(bytes, position + 10 + ColourTableLength(bytes[position + 9]) + 1);
                    break;
                case 0x21: // extension: label, then sub-blocks
                    position = SkipSubBlocks(bytes, position + 2);
                    break;
                default: // 0x3B trailer, or trailing bytes the decoder ignores
                    return new ContainerShape(frames, Complete: true);
            }
            if (position < 0)
            {
                return new ContainerShape(frames, Complete: false);
            }
        }
        // Many encoders omit the trailer; a file that stops between blocks is accepted as browsers do.
        return new ContainerShape(frames, Complete: true);
    }

    private static int ColourTableLength(byte packed) => (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));

    private static int SkipSubBlocks(ReadOnlySpan<byte> bytes, int position)
    {
        while (position < bytes.Length && bytes[position] != 0)
        {
            position += bytes[position] + 1;
        }
        return position < bytes.Length ? position + 1 : -1;
    }

    private static ContainerShape Webp(ReadOnlySpan<byte> bytes, int stopAfter)
    {
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..8]);
        if (declared + 8L > bytes.Length)
        {
            return new ContainerShape(1, Complete: false);
        }
        var frames = 0;
        var position = 12L;
        while (position + 8 <= bytes.Length && frames <= stopAfter)
        {
            var chunk = bytes.Slice((int)position, 8);
            frames += chunk[..4].SequenceEqual("ANMF"u8) ? 1 : 0;
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            position += 8L + size + (size & 1);
        }
        return new ContainerShape(Math.Max(frames, 1), Complete: position <= declared + 8L || frames > stopAfter);
    }
}
