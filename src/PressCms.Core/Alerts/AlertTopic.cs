using PressCms.Core.Releases;

namespace PressCms.Core.Alerts;

/// <summary>
/// What a journalist follows: every release ("all") or one feed's releases, written "category:knife-crime",
/// "operation:legatum", "unit:…", "area:…" or "kind:appeal".
/// </summary>
public sealed record AlertTopic(string Kind, string? Slug)
{
    public const string AllKind = "all";

    public static readonly IReadOnlyList<string> Kinds = [AllKind, "category", "operation", "unit", "area", "kind"];

    public static AlertTopic All { get; } = new(AllKind, null);

    public string Key => Slug is null ? Kind : $"{Kind}:{Slug}";

    public static AlertTopic? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }
        if (key.Trim() == AllKind)
        {
            return All;
        }
        var parts = key.Trim().Split(':', 2);
        return parts.Length == 2 && parts[0] != AllKind && Kinds.Contains(parts[0]) && Validation.Slugs.IsValid(parts[1])
            ? new AlertTopic(parts[0], parts[1])
            : null;
    }

    /// <summary>Every topic a live revision belongs to, so subscriptions can be found by key.</summary>
    public static IReadOnlyList<string> KeysOf(Revision revision)
    {
        var keys = new List<string> { AllKind, $"kind:{revision.Kind.ToSlug()}" };
        keys.AddRange(revision.Categories.Select(c => $"category:{c}"));
        if (revision.Operation is { } operation)
        {
            keys.Add($"operation:{operation}");
        }
        if (revision.Unit is { } unit)
        {
            keys.Add($"unit:{unit}");
        }
        if (revision.Area is { } area)
        {
            keys.Add($"area:{area}");
        }
        return keys;
    }

    public override string ToString() => Key;
}
