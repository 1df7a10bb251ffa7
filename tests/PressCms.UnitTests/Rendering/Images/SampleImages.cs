using System.Buffers.Binary;
using PressCms.Rendering.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;

namespace PressCms.UnitTests.Rendering.Images;

/// <summary>Test images made in code, so no binary fixtures live in the repository.</summary>
internal static class SampleImages
{
    public static byte[] Encoded(ImageFormatKind format, int width, int height)
    {
        using var image = Gradient(width, height);
        return Save(image, format);
    }

    public static Image<Rgba32> Gradient(int width, int height)
    {
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgba32((byte)(x * 255 / width), (byte)(y * 255 / height), 128);
                }
            }
        });
        return image;
    }

    public static byte[] Save(Image image, ImageFormatKind format)
    {
        using var stream = new MemoryStream();
        switch (format)
        {
            case ImageFormatKind.Jpeg: image.SaveAsJpeg(stream); break;
            case ImageFormatKind.Png: image.SaveAsPng(stream); break;
            case ImageFormatKind.Gif: image.SaveAsGif(stream); break;
            case ImageFormatKind.Webp: image.SaveAsWebp(stream, new WebpEncoder { FileFormat = WebpFileFormatType.Lossy }); break;
        }
        return stream.ToArray();
    }

    public static byte[] Animated(int frames)
    {
        using var image = new Image<Rgba32>(8, 8, Color.Red);
        for (var i = 1; i < frames; i++)
        {
            using var frame = new Image<Rgba32>(8, 8, i % 2 == 0 ? Color.Red : Color.Blue);
            image.Frames.AddFrame(frame.Frames.RootFrame);
        }
        return Save(image, ImageFormatKind.Gif);
    }

    /// <summary>A portrait picture with a red square around <paramref name="focus"/>, blue everywhere else.</summary>
    public static byte[] RedSquareAt(int width, int height, PointF focus, int half)
    {
        using var image = new Image<Rgba32>(width, height, Color.Blue);
        for (var y = (int)focus.Y - half; y < (int)focus.Y + half; y++)
        {
            for (var x = (int)focus.X - half; x < (int)focus.X + half; x++)
            {
                image[x, y] = Color.Red;
            }
        }
        return Save(image, ImageFormatKind.Png);
    }

    /// <summary>A valid PNG signature and IHDR (with a correct CRC) declaring the given size, then nothing worth decoding.</summary>
    public static byte[] PngHeaderDeclaring(int width, int height)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 6; // RGBA
        WriteChunk(stream, "IHDR"u8, ihdr);
        WriteChunk(stream, "IDAT"u8, [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]);
        WriteChunk(stream, "IEND"u8, []);
        return stream.ToArray();
    }

    private static void WriteChunk(Stream stream, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        stream.Write(number);
        byte[] typed = [.. type, .. data];
        stream.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        stream.Write(number);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }

    /// <summary>A 1×1 GIF with the given number of frames, written by hand: ImageSharp would take too long to encode 10,000.</summary>
    public static byte[] GifWithFrames(int frames)
    {
        using var stream = new MemoryStream();
        stream.Write("GIF89a"u8);
        stream.Write([1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF]);
        for (var i = 0; i < frames; i++)
        {
            stream.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00]);
        }
        stream.WriteByte(0x3B);
        return stream.ToArray();
    }
}
