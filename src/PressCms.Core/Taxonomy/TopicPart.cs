namespace PressCms.Core.Taxonomy;

/// <summary>One facet of a topic: (<see cref="TopicFacets.Area"/>, "london").</summary>
public sealed record TopicPart(string Facet, string Slug)
{
    public string Key => $"{Facet}:{Slug}";
}
