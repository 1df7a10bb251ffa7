namespace PressCms.Data.Recipes;

public sealed class RecipeOutcome
{
    public int Created { get; set; }
    public int Updated { get; set; }
}
