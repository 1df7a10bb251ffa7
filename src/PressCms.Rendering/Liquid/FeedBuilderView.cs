namespace PressCms.Rendering.Liquid;

/// <summary>
/// The /feeds form that combines facets into one feed ("child protection in London"): a choice per
/// facet, and the chosen feed's addresses, or why there is none.
/// </summary>
public sealed record FeedBuilderView(IReadOnlyList<FeedFacetView> Facets, FeedLinkView? Chosen, string? Error);
