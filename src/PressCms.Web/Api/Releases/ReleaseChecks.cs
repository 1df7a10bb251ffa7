using Microsoft.EntityFrameworkCore;
using PressCms.Core.Recipes;
using PressCms.Core.Taxonomy;
using PressCms.Data;
using PressCms.Data.Queries;

namespace PressCms.Web.Api.Releases;

/// <summary>A release body checked completely: its own rules (shared with recipes), then what only the site knows: slugs that must exist, and one that must be free.</summary>
internal static class ReleaseChecks
{
    public static async Task<(ReleaseItem? Item, Dictionary<string, string[]> Errors)> ReadAsync(
        HttpRequest request, PressCmsDbContext db, string? releaseId, CancellationToken ct)
    {
        ReleaseItem item;
        try
        {
            item = RecipeParser.ParseRelease(await JsonBody.ReadTextAsync(request, ct), ReleaseResource.ReadOnlyMembers);
        }
        catch (RecipeException ex)
        {
            return (null, ex.Errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }
        var errors = new Dictionary<string, string[]>();
        var content = item.Content;
        if (releaseId is not null && item.Id is not null && item.Id != releaseId)
        {
            errors["id"] = [$"'{item.Id}' is not the id in the URL; a release's id never changes"];
        }
        if (content.Operation is { Length: > 0 } operation && !await db.Operations.AnyAsync(o => o.Slug == operation, ct))
        {
            errors["operation"] = [$"no operation with slug '{operation}' exists"];
        }
        await ExpectTermAsync(db, errors, "unit", TermKind.Unit, content.Unit, ct);
        await ExpectTermAsync(db, errors, "area", TermKind.Area, content.Area, ct);
        for (var i = 0; i < content.Categories.Count; i++)
        {
            await ExpectTermAsync(db, errors, $"categories[{i}]", TermKind.Category, content.Categories[i], ct);
        }
        foreach (var error in await Web.Media.LibraryImages.CheckAsync(db, content, ct))
        {
            errors.TryAdd(error.Field, [error.Message]);
        }
        var owner = releaseId ?? item.Id;
        if (await db.SlugTakenAsync(content.Slug, owner, ct))
        {
            errors["slug"] = [$"another release already uses the address /news/{content.Slug}"];
        }
        return (item, errors);
    }

    private static async Task ExpectTermAsync(PressCmsDbContext db, Dictionary<string, string[]> errors, string key, TermKind kind, string? slug, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(slug) && !await db.Terms.AnyAsync(t => t.Kind == kind && t.Slug == slug, ct))
        {
            errors[key] = [$"no {kind.ToString().ToLowerInvariant()} with slug '{slug}' exists"];
        }
    }
}
