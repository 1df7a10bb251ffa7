namespace PressCms.Rendering.Liquid;

/// <summary>One select of the feed builder: its query name ("area"), label and choices.</summary>
public sealed record FeedFacetView(string Name, string Label, IReadOnlyList<FeedOptionView> Options);
