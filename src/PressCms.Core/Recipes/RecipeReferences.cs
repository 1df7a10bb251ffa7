using PressCms.Core.Taxonomy;

namespace PressCms.Core.Recipes;

/// <summary>Checks that a recipe's items are unique and that every slug it refers to exists, in the recipe or the site.</summary>
public static class RecipeReferences
{
    public static IEnumerable<RecipeError> Duplicates(IReadOnlyList<RecipeStep> steps)
    {
        var releaseIds = new HashSet<string>();
        var releaseSlugs = new HashSet<string>();
        foreach (var step in steps.OfType<ReleasesStep>())
        {
            for (var i = 0; i < step.Items.Count; i++)
            {
                if (!releaseIds.Add(step.Items[i].Id))
                {
                    yield return new RecipeError(step.Index, $"items[{i}].id", $"'{step.Items[i].Id}' appears twice in this recipe");
                }
                if (!releaseSlugs.Add(step.Items[i].Content.Slug))
                {
                    yield return new RecipeError(step.Index, $"items[{i}].slug", $"'{step.Items[i].Content.Slug}' appears twice in this recipe");
                }
            }
        }
    }

    /// <summary>Known holds the slugs already in the site, by kind; the recipe's own items are added as its steps define them.</summary>
    public static IReadOnlyList<RecipeError> Missing(Recipe recipe, IReadOnlyDictionary<TermKind, HashSet<string>> knownTerms, HashSet<string> knownOperations)
    {
        var errors = new List<RecipeError>();
        var terms = knownTerms.ToDictionary(k => k.Key, k => new HashSet<string>(k.Value));
        var operations = new HashSet<string>(knownOperations);
        foreach (var step in recipe.Steps)
        {
            switch (step)
            {
                case TaxonomyStep taxonomy:
                    terms[TermKind.Unit].UnionWith(taxonomy.Units.Select(t => t.Slug));
                    terms[TermKind.Area].UnionWith(taxonomy.Areas.Select(t => t.Slug));
                    terms[TermKind.Category].UnionWith(taxonomy.Categories.Select(t => t.Slug));
                    break;
                case OperationsStep ops:
                    for (var i = 0; i < ops.Items.Count; i++)
                    {
                        Expect(errors, step.Index, $"items[{i}].unit", ops.Items[i].Unit, terms[TermKind.Unit], "unit");
                    }
                    operations.UnionWith(ops.Items.Select(o => o.Slug));
                    break;
                case ReleasesStep releases:
                    for (var i = 0; i < releases.Items.Count; i++)
                    {
                        var content = releases.Items[i].Content;
                        Expect(errors, step.Index, $"items[{i}].operation", content.Operation, operations, "operation");
                        Expect(errors, step.Index, $"items[{i}].unit", content.Unit, terms[TermKind.Unit], "unit");
                        Expect(errors, step.Index, $"items[{i}].area", content.Area, terms[TermKind.Area], "area");
                        for (var c = 0; c < content.Categories.Count; c++)
                        {
                            Expect(errors, step.Index, $"items[{i}].categories[{c}]", content.Categories[c], terms[TermKind.Category], "category");
                        }
                    }
                    break;
            }
        }
        return errors;
    }

    private static void Expect(List<RecipeError> errors, int step, string key, string? slug, HashSet<string> known, string what)
    {
        if (!string.IsNullOrEmpty(slug) && !known.Contains(slug))
        {
            errors.Add(new RecipeError(step, key, $"no {what} with slug '{slug}' exists in this recipe or the site"));
        }
    }
}
