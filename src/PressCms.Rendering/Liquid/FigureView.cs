namespace PressCms.Rendering.Liquid;

public sealed record FigureView(string Label, string ValueDisplay, string? Unit, string? Period);
