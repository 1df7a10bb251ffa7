using PressCms.Core.Validation;

namespace PressCms.Data.Queries;

/// <summary>
/// What a search box becomes in a LIKE pattern ("%term%", lower case) on both databases: the
/// wildcards % and _ are taken literally by leaving them out, characters no database text can hold
/// are dropped (PostgreSQL refuses NUL), and the term is cut to the longest field searched, never
/// through an emoji (PostgreSQL refuses half a surrogate pair; SQLite refuses very long patterns).
/// </summary>
public static class SearchPattern
{
    /// <summary>No searched field (headline, alt text, file name, credit) is longer.</summary>
    public const int MaxLength = 260;

    /// <summary>The pattern, or null when nothing searchable is left.</summary>
    public static string? For(string? query)
    {
        var term = PlainText.Clean(query)?.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(term))
        {
            return null;
        }
        return $"%{PlainText.Truncate(term, MaxLength).ToLowerInvariant()}%";
    }
}
