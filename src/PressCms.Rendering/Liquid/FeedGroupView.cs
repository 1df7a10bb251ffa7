namespace PressCms.Rendering.Liquid;

/// <summary>A heading on the /feeds page and the feeds under it.</summary>
public sealed record FeedGroupView(string Title, IReadOnlyList<FeedLinkView> Feeds);
