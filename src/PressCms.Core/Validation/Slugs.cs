using System.Text.RegularExpressions;

namespace PressCms.Core.Validation;

/// <summary>Ids and slugs are lower-case a-z, 0-9 and single hyphens: safe in URLs, feed ids and file names.</summary>
public static partial class Slugs
{
    public const int MaxLength = 100;

    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && SlugPattern().IsMatch(value);

    /// <summary>Makes a slug from a headline: "38 suspects arrested!" becomes "38-suspects-arrested".</summary>
    public static string From(string text)
    {
        var slug = NotSlugChars().Replace(text.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }
        return slug.Length == 0 ? "release" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlugChars();
}
