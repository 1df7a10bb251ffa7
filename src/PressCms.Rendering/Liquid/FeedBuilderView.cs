namespace PressCms.Rendering.Liquid;

/// <summary>
/// The /feeds form that combines facets into one feed ("child protection in London"): a choice per
/// facet, and the chosen feed's addresses, or why there is none.
/// </summary>
public sealed record FeedBuilderView(IReadOnlyList<FeedFacetView> Facets, FeedLinkView? Chosen, string? Error);

/// <summary>One select of the feed builder: its query name ("area"), label and choices.</summary>
public sealed record FeedFacetView(string Name, string Label, IReadOnlyList<FeedOptionView> Options);

/// <summary>One choice in a feed builder select.</summary>
public sealed record FeedOptionView(string Value, string Name, bool Selected);
