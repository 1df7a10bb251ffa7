namespace PressCms.Rendering.Images;

/// <summary>Why an upload was refused, for callers that react differently (e.g. 413 for size).</summary>
public enum ImageRefusal
{
    Empty,
    UnsupportedFormat,
    TooManyBytes,
    TooManyPixels,
    TooWide,
    TooTall,
    TooManyFrames,
    Damaged,
}
