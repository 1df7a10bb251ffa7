namespace PressCms.Rendering.Images;

/// <summary>What walking a file's container, without decoding, tells us: how many frames, and whether it ends where it says it does.</summary>
internal sealed record ContainerShape(int Frames, bool Complete);
