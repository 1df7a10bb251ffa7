using System.Runtime.InteropServices;

namespace PressCms.Rendering.Images;

/// <summary>Reads an upload into memory, giving up as soon as it passes the byte limit.</summary>
internal static class UploadBytes
{
    private const double Megabyte = 1024 * 1024;

    public static ReadOnlyMemory<byte> Read(Stream input, long maxBytes)
    {
        if (input.CanSeek && input.Length - input.Position > maxBytes)
        {
            throw TooMany($"{(input.Length - input.Position) / Megabyte:0.#} MB", maxBytes);
        }
        using var buffer = input.CanSeek ? new MemoryStream((int)(input.Length - input.Position)) : new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooMany($"more than {maxBytes / Megabyte:0.#} MB", maxBytes);
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            throw new ImageRefusedException(ImageRefusal.Empty, "The file is empty; choose the image again and re-upload it.");
        }
        return buffer.TryGetBuffer(out var segment) ? segment.AsMemory() : buffer.ToArray();
    }

    public static MemoryStream AsStream(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    private static ImageRefusedException TooMany(string size, long maxBytes) =>
        new(ImageRefusal.TooManyBytes, $"The file is {size}; the limit is {maxBytes / Megabyte:0.#} MB.");
}
