namespace PressCms.Rendering.Liquid;

/// <summary>
/// An operation, category, unit or area page. Kind is "operation", "category", "unit" or "area";
/// DescriptionHtml is sanitized (an operation's summary) or null.
/// </summary>
public sealed record ListingView(
    string Title,
    string Kind,
    string Slug,
    string Path,
    string? DescriptionHtml,
    IReadOnlyList<ReleaseSummaryView> Releases,
    PagingView Paging);
