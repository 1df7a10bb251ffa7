namespace PressCms.Core.Releases;

/// <summary>The kebab-case names kinds have in recipes, URLs, templates and the API.</summary>
public static class ReleaseKinds
{
    private static readonly Dictionary<ReleaseKind, (string Slug, string Label)> Names = new()
    {
        [ReleaseKind.General] = ("general", "News"),
        [ReleaseKind.OperationUpdate] = ("operation-update", "Operation update"),
        [ReleaseKind.Appeal] = ("appeal", "Appeal"),
        [ReleaseKind.Arrest] = ("arrest", "Arrest"),
        [ReleaseKind.Charge] = ("charge", "Charge"),
        [ReleaseKind.CourtResult] = ("court-result", "Court result"),
        [ReleaseKind.MissingPerson] = ("missing-person", "Missing person"),
        [ReleaseKind.Wanted] = ("wanted", "Wanted"),
        [ReleaseKind.Statement] = ("statement", "Statement"),
    };

    public static IEnumerable<ReleaseKind> All => Names.Keys;

    public static string ToSlug(this ReleaseKind kind) => Names[kind].Slug;

    public static string ToLabel(this ReleaseKind kind) => Names[kind].Label;

    public static bool TryParse(string? slug, out ReleaseKind kind)
    {
        foreach (var (k, names) in Names)
        {
            if (string.Equals(names.Slug, slug, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }
        kind = ReleaseKind.General;
        return false;
    }

    public static string AllowedList => string.Join(", ", Names.Values.Select(n => n.Slug));
}
