namespace PressCms.Core.Taxonomy;

/// <summary>A named police operation with its own page listing its releases.</summary>
public sealed class Operation(string slug, string name)
{
    public string Slug { get; private set; } = slug;
    public string Name { get; set; } = name;
    public string? Summary { get; set; }
    public string? SummaryHtml { get; set; }
    public string? Unit { get; set; }
}
