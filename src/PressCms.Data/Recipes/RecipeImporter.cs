using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Newsroom;
using PressCms.Core.Recipes;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;

namespace PressCms.Data.Recipes;

/// <summary>
/// Applies a parsed recipe in one SaveChanges (one transaction): every item is matched by its slug
/// or id and updated in place, so applying a recipe twice leaves the site as after the first time.
/// Any error leaves the database untouched and names the step index and key.
/// </summary>
public sealed class RecipeImporter(PressCmsDbContext db, IMarkdownRenderer markdown, TimeProvider time)
{
    public const string EditorName = "recipe";

    public async Task<RecipeOutcome> ApplyAsync(Recipe recipe, RecipeFiles files, string actor, string channel, CancellationToken cancellationToken = default)
    {
        var nowUtc = time.GetUtcNow().UtcDateTime;
        var terms = await db.Terms.ToListAsync(cancellationToken);
        var operations = await db.Operations.ToListAsync(cancellationToken);
        var known = Enum.GetValues<TermKind>().ToDictionary(k => k, k => terms.Where(t => t.Kind == k).Select(t => t.Slug).ToHashSet());
        var missing = RecipeReferences.Missing(recipe, known, [.. operations.Select(o => o.Slug)]);
        if (missing.Count > 0)
        {
            throw new RecipeException(missing);
        }
        var outcome = new RecipeOutcome();
        foreach (var step in recipe.Steps)
        {
            try
            {
                switch (step)
                {
                    case NewsroomStep newsroom:
                        await ApplyNewsroomAsync(newsroom, cancellationToken);
                        break;
                    case TaxonomyStep taxonomy:
                        ApplyTaxonomy(taxonomy, terms);
                        break;
                    case OperationsStep ops:
                        ApplyOperations(ops, operations);
                        break;
                    case ReleasesStep releases:
                        await ApplyReleasesAsync(releases, files, nowUtc, outcome, cancellationToken);
                        break;
                }
            }
            catch (ReleaseRuleException ex)
            {
                // Markdown nested too deeply to render, say: the recipe is refused, naming the step.
                throw new RecipeException([new RecipeError(step.Index, "$", ex.Message)]);
            }
        }
        db.Record(new AuditRecord(nowUtc, actor, AuditActions.RecipeApplied, channel,
            Detail: $"{recipe.Name}: {outcome.Created} releases created, {outcome.Updated} updated"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // PostgreSQL keeps each field's length; SQLite does not. One save: nothing was applied.
            db.ChangeTracker.Clear();
            throw new RecipeException([new RecipeError(null, "$",
                "the database refused a value (most often a name longer than it keeps); nothing was applied: " + (ex.InnerException ?? ex).Message)]);
        }
        return outcome;
    }

    private async Task ApplyNewsroomAsync(NewsroomStep step, CancellationToken cancellationToken)
    {
        var settings = await db.Newsroom.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new NewsroomSettings();
            db.Newsroom.Add(settings);
        }
        settings.Name = step.SiteName ?? settings.Name;
        settings.BaseUrl = step.BaseUrl?.TrimEnd('/') ?? settings.BaseUrl;
        settings.TimeZone = step.TimeZone ?? settings.TimeZone;
        settings.Culture = step.Culture ?? settings.Culture;
        settings.Theme = step.Theme ?? settings.Theme;
        if (step.Boilerplate is not null)
        {
            settings.Boilerplate = step.Boilerplate;
            settings.BoilerplateHtml = markdown.ToSafeHtml(step.Boilerplate);
        }
        settings.MediaContacts = step.MediaContacts?.ToList() ?? settings.MediaContacts;
    }

    private void ApplyTaxonomy(TaxonomyStep step, List<Term> existing)
    {
        foreach (var (kind, items) in new[] { (TermKind.Unit, step.Units), (TermKind.Area, step.Areas), (TermKind.Category, step.Categories) })
        {
            foreach (var item in items)
            {
                var term = existing.FirstOrDefault(t => t.Kind == kind && t.Slug == item.Slug);
                if (term is null)
                {
                    term = new Term(kind, item.Slug, item.Name);
                    existing.Add(term);
                    db.Terms.Add(term);
                }
                term.Name = item.Name;
            }
        }
    }

    private void ApplyOperations(OperationsStep step, List<Operation> existing)
    {
        foreach (var item in step.Items)
        {
            var operation = existing.FirstOrDefault(o => o.Slug == item.Slug);
            if (operation is null)
            {
                operation = new Operation(item.Slug, item.Name);
                existing.Add(operation);
                db.Operations.Add(operation);
            }
            operation.Name = item.Name;
            operation.Unit = item.Unit;
            operation.Summary = item.Summary;
            operation.SummaryHtml = item.Summary is null ? null : markdown.ToSafeHtml(item.Summary);
        }
    }

    private async Task ApplyReleasesAsync(ReleasesStep step, RecipeFiles files, DateTime nowUtc, RecipeOutcome outcome, CancellationToken cancellationToken)
    {
        for (var i = 0; i < step.Items.Count; i++)
        {
            var item = step.Items[i];
            var content = item.Content.LeadImage is { } image
                ? item.Content with { LeadImage = await files.ImportAsync(step.Index, $"items[{i}].leadImage.src", image, EditorName, cancellationToken) }
                : item.Content;
            var gallery = new List<LeadImage>();
            for (var g = 0; g < content.Gallery.Count; g++)
            {
                gallery.Add(await files.ImportAsync(step.Index, $"items[{i}].gallery[{g}].src", content.Gallery[g], EditorName, cancellationToken));
            }
            content = content with { Gallery = gallery };
            var slugOwner = await db.Releases
                .Where(r => r.Id != item.Id && (r.Slug == content.Slug || r.Revisions.Any(v => v.Number == r.LatestRevisionNumber && v.Slug == content.Slug)))
                .Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
            if (slugOwner is not null)
            {
                throw new RecipeException([new RecipeError(step.Index, $"items[{i}].slug", $"'{content.Slug}' is already the slug of release '{slugOwner}'")]);
            }
            var release = await db.Releases.Include(r => r.Revisions).SingleOrDefaultAsync(r => r.Id == item.Id, cancellationToken);
            if (release is null)
            {
                release = Release.Create(item.Id, content, markdown, EditorName, nowUtc);
                db.Releases.Add(release);
                outcome.Created++;
            }
            else if (!release.Revisions.Single(r => r.Number == release.LatestRevisionNumber).ToContent().SameAs(content))
            {
                release.Edit(release.Version, content, markdown, EditorName, nowUtc);
                outcome.Updated++;
            }
            ApplyStatus(release, item, nowUtc);
        }
    }

    private static void ApplyStatus(Release release, RecipeRelease item, DateTime nowUtc)
    {
        if (item.Status != ReleaseStatus.Published)
        {
            if (release.Status != item.Status || release.LiveRevisionNumber is not null)
            {
                release.SetUnpublishedStatus(item.Status);
            }
            return;
        }
        // Without a time the recipe means "now" the first time; applying it again keeps that time.
        var publishAtUtc = item.PublishAtUtc ?? (release.Status == ReleaseStatus.Published ? release.PublishAtUtc : null) ?? nowUtc;
        if (release.Status != ReleaseStatus.Published || release.PublishAtUtc != publishAtUtc || release.HasUnpublishedChanges)
        {
            release.PublishAsOf(publishAtUtc);
        }
    }
}
