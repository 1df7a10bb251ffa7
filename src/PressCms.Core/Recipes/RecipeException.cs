namespace PressCms.Core.Recipes;

public sealed class RecipeException(IReadOnlyList<RecipeError> errors)
    : Exception("The recipe was not applied: " + string.Join("; ", errors))
{
    public IReadOnlyList<RecipeError> Errors { get; } = errors;
}
