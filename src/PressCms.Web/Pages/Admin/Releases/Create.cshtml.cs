using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Releases;
using PressCms.Data;
using PressCms.Data.Queries;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Admin.Releases;

[RequestSizeLimit(PressCms.Web.Security.BodyLimits.Release)]
public sealed class CreateModel(PressCmsDbContext db, IMarkdownRenderer markdown, TimeProvider time) : ReleaseFormPage(db, markdown)
{
    public async Task<IActionResult> OnGetAsync()
    {
        Input = new ReleaseInput { Kind = ReleaseKind.General.ToSlug() };
        return await ShowFormAsync();
    }

    public Task<IActionResult> OnPostSaveAsync() => CreateAsync(submit: false);

    public Task<IActionResult> OnPostSubmitAsync() => CreateAsync(submit: true);

    private async Task<IActionResult> CreateAsync(bool submit)
    {
        if (await ValidatedContentAsync(null) is not { } content)
        {
            return await ShowFormAsync();
        }
        var nowUtc = time.GetUtcNow().UtcDateTime;
        var release = Release.Create(await Db.NewReleaseIdAsync(content.Slug, nowUtc, HttpContext.RequestAborted), content, Markdown, EditorName, nowUtc);
        Db.Releases.Add(release);
        Audit(AuditActions.ReleaseCreated, release.Id, release.LatestRevisionNumber);
        if (submit)
        {
            try
            {
                release.Submit(release.Version, User.ToActor(), nowUtc);
            }
            catch (ReleaseRuleException ex)
            {
                Errors.Add(new Core.Validation.FieldError("workflow", ex.Message));
                return await ShowFormAsync();
            }
            Audit(AuditActions.Of(Core.Workflow.Transition.Submit), release.Id, release.LatestRevisionNumber);
        }
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = submit ? "Saved and submitted for review. An approver will look at it next." : "Draft saved.";
        return Redirect($"/admin/releases/{release.Id}/edit");
    }

    protected override Task<IActionResult> RedisplayAsync(string? id) => ShowFormAsync();
}
