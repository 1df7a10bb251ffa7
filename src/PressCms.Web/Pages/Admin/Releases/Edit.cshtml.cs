using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Releases;
using PressCms.Core.Validation;
using PressCms.Core.Workflow;
using PressCms.Web.Security;
using PressCms.Data;

namespace PressCms.Web.Pages.Admin.Releases;

[RequestSizeLimit(PressCms.Web.Security.BodyLimits.Release)]
public sealed class EditModel(PressCmsDbContext db, IMarkdownRenderer markdown, TimeProvider time) : ReleaseFormPage(db, markdown)
{
    public Release? Release { get; private set; }

    public EditConflict? Conflict { get; private set; }

    public IReadOnlyList<Transition> Decisions { get; private set; } = [];

    /// <summary>Whether this user may send the saved or edited content for review (a draft or changes-requested revision).</summary>
    public bool CanSubmit { get; private set; }

    public DateTime NowUtc { get; } = time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await LoadAsync(id) is not { } latest)
        {
            return NotFound();
        }
        Input = ReleaseInputParser.FromContent(latest.ToContent(), Release!.Version, latest.Number);
        return await ShowFormAsync();
    }

    public Task<IActionResult> OnPostSaveAsync(string id) => SaveAsync(id, release =>
        ("Changes saved." + (release.LiveRevisionNumber is null ? "" : " The live version is unchanged until you publish them."), null));

    /// <summary>Saves the form if it changed, then sends the latest revision for review.</summary>
    public Task<IActionResult> OnPostSubmitAsync(string id) => SaveAsync(id, release =>
    {
        release.Submit(release.Version, User.ToActor(), NowUtc);
        return ("Saved and submitted for review. An approver will look at it next.", AuditActions.Of(Transition.Submit));
    });

    protected override async Task<IActionResult> RedisplayAsync(string? id) =>
        await LoadAsync(id ?? "") is null ? NotFound() : await ShowFormAsync();

    /// <summary>Saves the form as a new revision when it changed, then applies the action; a stale version is a conflict, never an overwrite.</summary>
    private async Task<IActionResult> SaveAsync(string id, Func<Release, (string Notice, string? AuditAction)> action)
    {
        if (await LoadAsync(id) is not { } latest)
        {
            return NotFound();
        }
        var release = Release!;
        if (await ValidatedContentAsync(id) is not { } content)
        {
            return await ShowFormAsync();
        }
        try
        {
            if (Input.Version != release.Version)
            {
                throw new EditConflictException(id, Input.Version, release.Version);
            }
            if (!content.SameAs(latest.ToContent()))
            {
                var revision = release.Edit(Input.Version, content, Markdown, EditorName, NowUtc);
                Audit(AuditActions.ReleaseEdited, id, revision.Number);
            }
            var (notice, auditAction) = action(release);
            if (auditAction is not null)
            {
                Audit(auditAction, id, release.LatestRevisionNumber, release.PublishAtUtc is { } at ? $"public from {at:O}" : null);
            }
            TempData["Status"] = notice;
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
            return Redirect($"/admin/releases/{id}/edit");
        }
        catch (Exception ex) when (ex is EditConflictException or DbUpdateConcurrencyException)
        {
            var view = await ShowConflictAsync(id, content);
            Audit(AuditActions.EditConflict, id, Input.BaseRevision, "save refused: the release changed after the editor opened it");
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
            return view;
        }
        catch (ReleaseRuleException ex)
        {
            Errors.Add(new FieldError("workflow", ex.Message));
            return await ShowFormAsync();
        }
    }

    private async Task<IActionResult> ShowConflictAsync(string id, ReleaseContent yours)
    {
        Db.ChangeTracker.Clear();
        var latest = await LoadAsync(id);
        var baseRevision = await Db.Revisions.AsNoTracking().FirstOrDefaultAsync(v => v.ReleaseId == id && v.Number == Input.BaseRevision);
        var saved = latest!.ToContent();
        Conflict = new EditConflict(latest.EditedBy, latest.CreatedUtc,
            baseRevision is null ? [] : ContentChanges.Between(baseRevision.ToContent(), saved),
            ContentChanges.Between(saved, yours));
        // The officer has now seen the other changes; saving again is a deliberate choice to keep this text.
        Input.Version = Release!.Version;
        Input.BaseRevision = latest.Number;
        return await ShowFormAsync();
    }

    private async Task<Revision?> LoadAsync(string id)
    {
        Release = await Db.Releases.Include(r => r.Revisions).FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        if (Release is null)
        {
            return null;
        }
        var available = ReleaseWorkflow.Available(Release.StagesAt(NowUtc), User.ToActor()).ToList();
        // Editing sends any revision back to draft, so "save and submit" is offered whenever this user may submit a draft.
        CanSubmit = User.ToActor().Can(Permission.Submit) && Release.Status != ReleaseStatus.Withdrawn;
        Decisions = [.. available.Where(DecideModel.Decisions.Contains)];
        return Release.Latest;
    }
}
