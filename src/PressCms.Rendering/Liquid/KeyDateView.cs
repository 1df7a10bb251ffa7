namespace PressCms.Rendering.Liquid;

/// <summary>From and To are ISO dates for &lt;time datetime&gt;; Display is the newsroom's wording.</summary>
public sealed record KeyDateView(string Label, string From, string? To, string Display);
