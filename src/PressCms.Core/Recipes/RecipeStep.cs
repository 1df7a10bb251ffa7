using PressCms.Core.Newsroom;
using PressCms.Core.Releases;

namespace PressCms.Core.Recipes;

/// <summary>One entry of a recipe's steps array; Index is its position there, quoted in every error.</summary>
public abstract record RecipeStep(int Index, string Name);

public sealed record NewsroomStep(
    int Index, string? SiteName, string? BaseUrl, string? TimeZone, string? Culture, string? Theme,
    string? Boilerplate, IReadOnlyList<MediaContact>? MediaContacts) : RecipeStep(Index, "newsroom");

public sealed record RecipeTerm(string Slug, string Name);

public sealed record TaxonomyStep(
    int Index, IReadOnlyList<RecipeTerm> Units, IReadOnlyList<RecipeTerm> Areas, IReadOnlyList<RecipeTerm> Categories)
    : RecipeStep(Index, "taxonomy");

public sealed record RecipeOperation(string Slug, string Name, string? Summary, string? Unit);

public sealed record OperationsStep(int Index, IReadOnlyList<RecipeOperation> Items) : RecipeStep(Index, "operations");

public sealed record RecipeRelease(string Id, ReleaseContent Content, ReleaseStatus Status, DateTime? PublishAtUtc);

public sealed record ReleasesStep(int Index, IReadOnlyList<RecipeRelease> Items) : RecipeStep(Index, "releases");
