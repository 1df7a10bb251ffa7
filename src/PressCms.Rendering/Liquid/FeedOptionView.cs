namespace PressCms.Rendering.Liquid;

/// <summary>One choice in a feed builder select.</summary>
public sealed record FeedOptionView(string Value, string Name, bool Selected);
