namespace PressCms.Core.Recipes;

/// <summary>A parsed, validated recipe (contracts/recipe-format.md): data only, applied in one transaction.</summary>
public sealed record Recipe(string Name, string? DisplayName, string? Description, string? Version, IReadOnlyList<RecipeStep> Steps);
