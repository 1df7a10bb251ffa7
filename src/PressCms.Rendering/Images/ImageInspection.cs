namespace PressCms.Rendering.Images;

/// <summary>An upload that passed every limit. Width and height are as displayed, after EXIF orientation.</summary>
public sealed record ImageInspection(ImageFormatKind Format, int Width, int Height, int Frames, long Bytes);
