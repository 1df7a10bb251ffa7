namespace PressCms.Rendering.Images;

/// <summary>
/// Turns an uploaded file into clean renditions, or refuses it with <see cref="ImageRefusedException"/>.
/// Both methods read the whole stream; neither closes it.
/// </summary>
public interface IImageProcessor
{
    /// <summary>Checks format and limits without decoding pixels.</summary>
    ImageInspection Inspect(Stream input);

    /// <summary>Decodes, auto-orients, strips all metadata and encodes every rendition and the social card.</summary>
    ProcessedImage Process(Stream input, ImageRequest request);
}
