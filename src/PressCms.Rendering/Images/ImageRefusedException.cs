namespace PressCms.Rendering.Images;

/// <summary>An upload was refused; the message is written for the person who uploaded it.</summary>
public sealed class ImageRefusedException(ImageRefusal reason, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public ImageRefusal Reason { get; } = reason;
}
