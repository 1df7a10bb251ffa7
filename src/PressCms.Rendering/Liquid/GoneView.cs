namespace PressCms.Rendering.Liquid;

/// <summary>What a withdrawn release's page may say: only that it was withdrawn, and when.</summary>
public sealed record GoneView(string Withdrawn, string WithdrawnDisplay);
