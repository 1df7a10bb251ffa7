namespace PressCms.Core.Taxonomy;

/// <summary>A unit (department), area (borough) or category, each with its own public listing.</summary>
public sealed class Term(TermKind kind, string slug, string name)
{
    public TermKind Kind { get; private set; } = kind;
    public string Slug { get; private set; } = slug;
    public string Name { get; set; } = name;
}
