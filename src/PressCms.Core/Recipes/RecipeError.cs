namespace PressCms.Core.Recipes;

/// <summary>What is wrong with a recipe, where: the step's index in "steps" (null for the top level) and the key path.</summary>
public sealed record RecipeError(int? Step, string Key, string Message)
{
    public override string ToString() =>
        Step is { } step ? $"steps[{step}]: {Key}: {Message}" : $"{Key}: {Message}";
}
