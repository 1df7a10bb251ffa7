namespace PressCms.Rendering.Liquid;

public sealed record QuoteView(string Text, string Speaker, string? Role, string? Organisation);
