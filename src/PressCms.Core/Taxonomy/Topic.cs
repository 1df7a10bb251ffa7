using PressCms.Core.Releases;

namespace PressCms.Core.Taxonomy;

/// <summary>
/// What a reader follows, in a feed or by email: every release, or those matching all of a few
/// facets with at most one value each, such as child protection in London. Its key is written in
/// facet order, so one topic has one key: "all", "operation:legatum",
/// "category:child-protection,area:london".
/// </summary>
public sealed class Topic : IEquatable<Topic>
{
    public const string AllKey = "all";

    /// <summary>The facets, in the order keys and feed addresses list them.</summary>
    public static IReadOnlyList<string> Facets => TopicFacets.All;

    private Topic(IReadOnlyList<TopicPart> parts)
    {
        Parts = parts;
        Key = parts.Count == 0 ? AllKey : string.Join(',', parts.Select(p => p.Key));
    }

    public static Topic All { get; } = new([]);

    /// <summary>Facet order; empty for every release.</summary>
    public IReadOnlyList<TopicPart> Parts { get; }

    public string Key { get; }

    public bool IsAll => Parts.Count == 0;

    /// <summary>The slug this topic asks for in one facet, or null when it takes any.</summary>
    public string? this[string facet] => Parts.FirstOrDefault(p => p.Facet == facet)?.Slug;

    /// <summary>A topic from its key; null when a facet is unknown or repeated, or a slug is not a slug.</summary>
    public static Topic? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }
        var trimmed = key.Trim();
        if (trimmed == AllKey)
        {
            return All;
        }
        var parts = new List<TopicPart>();
        foreach (var text in trimmed.Split(','))
        {
            var pair = text.Split(':', 2);
            if (pair.Length != 2)
            {
                return null;
            }
            parts.Add(new TopicPart(pair[0], pair[1]));
        }
        return Of(parts, out _);
    }

    /// <summary>
    /// A topic from facet values in any order; null, with the reason, when a facet is unknown or
    /// given twice, or a slug is not a slug.
    /// </summary>
    public static Topic? Of(IEnumerable<TopicPart> parts, out string? error)
    {
        var byFacet = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (!Facets.Contains(part.Facet))
            {
                error = $"{part.Facet} is not something releases can be followed by; use {string.Join(", ", Facets)}";
                return null;
            }
            if (!Validation.Slugs.IsValid(part.Slug))
            {
                error = $"{part.Facet}: \"{part.Slug}\" is not a valid address name (lower-case letters, digits and hyphens)";
                return null;
            }
            if (byFacet.TryGetValue(part.Facet, out var other) && other != part.Slug)
            {
                error = $"{part.Facet}: a topic follows one {part.Facet} at a time, not both {other} and {part.Slug}";
                return null;
            }
            byFacet[part.Facet] = part.Slug;
        }
        error = null;
        return byFacet.Count == 0
            ? All
            : new Topic([.. Facets.Where(byFacet.ContainsKey).Select(f => new TopicPart(f, byFacet[f]))]);
    }

    /// <summary>Whether a revision belongs to this topic: it matches every part.</summary>
    public bool Includes(Revision revision) => Parts.All(p => ValuesOf(revision, p.Facet).Contains(p.Slug));

    /// <summary>
    /// The key of every topic a revision belongs to (every choice of none or one of its values per
    /// facet), so subscriptions to it are found with one indexed lookup.
    /// </summary>
    public static IReadOnlyList<string> KeysOf(Revision revision) => [.. TopicsOf(revision).Select(t => t.Key)];

    /// <summary>Every topic a revision belongs to, "all" first.</summary>
    public static IReadOnlyList<Topic> TopicsOf(Revision revision)
    {
        var keys = new List<List<TopicPart>> { new() };
        foreach (var facet in Facets)
        {
            var values = ValuesOf(revision, facet);
            var withValue = keys.SelectMany(k => values.Select(v => new List<TopicPart>(k) { new(facet, v) })).ToList();
            keys.AddRange(withValue);
        }
        return [.. keys.Select(parts => new Topic(parts))];
    }

    private static IReadOnlyList<string> ValuesOf(Revision revision, string facet) => facet switch
    {
        TopicFacets.Category => revision.Categories,
        TopicFacets.Operation => revision.Operation is { } operation ? [operation] : [],
        TopicFacets.Unit => revision.Unit is { } unit ? [unit] : [],
        TopicFacets.Area => revision.Area is { } area ? [area] : [],
        _ => [revision.Kind.ToSlug()],
    };

    /// <summary>
    /// How readers see a topic, from the names of its parts by facet: "Child protection in London",
    /// "Operation Legatum", "Appeal · Knife crime (Roads Policing)".
    /// </summary>
    public static string Describe(IReadOnlyDictionary<string, string> names)
    {
        if (names.Count == 0)
        {
            return "all press releases";
        }
        string? Name(string facet) => names.TryGetValue(facet, out var name) ? name : null;
        var subject = string.Join(" · ", new[] { Name(TopicFacets.Operation), Name(TopicFacets.Category), Name(TopicFacets.Kind) }.OfType<string>());
        var (area, unit) = (Name(TopicFacets.Area), Name(TopicFacets.Unit));
        if (subject.Length == 0)
        {
            // A place alone names itself; the unit leads when both are chosen.
            if (unit is not null)
            {
                (subject, unit) = (unit, null);
            }
            else
            {
                (subject, area) = (area!, null);
            }
        }
        return subject + (area is null ? "" : " in " + area) + (unit is null ? "" : $" ({unit})");
    }

    public bool Equals(Topic? other) => other is not null && other.Key == Key;

    public override bool Equals(object? obj) => Equals(obj as Topic);

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Key;
}
