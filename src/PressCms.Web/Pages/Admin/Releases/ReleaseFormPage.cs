using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Releases;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Data.Queries;

namespace PressCms.Web.Pages.Admin.Releases;

/// <summary>
/// What the create and edit pages share: the bound form, its lists (add, remove, move without
/// JavaScript), preview, and validation that keeps every typed character on the page.
/// </summary>
public abstract class ReleaseFormPage(PressCmsDbContext db, IMarkdownRenderer markdown) : PageModel
{
    [BindProperty]
    public ReleaseInput Input { get; set; } = new();

    /// <summary>Runs after binding, before any handler, which all draw the form from Input.</summary>
    /// <remarks>Not a handler: without [NonHandler] Razor Pages takes it for one ("PAGE ?handler=HandlerExecuting").</remarks>
    [NonHandler]
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) => Input.Tidy();

    public List<FieldError> Errors { get; } = [];

    public ReleaseLookups Lookups { get; private set; } = ReleaseLookups.Empty;

    public string? PreviewHtml { get; private set; }

    protected PressCmsDbContext Db => db;

    protected IMarkdownRenderer Markdown => markdown;

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public async Task<IActionResult> OnPostPreviewAsync(string? id)
    {
        try
        {
            PreviewHtml = markdown.ToSafeHtml(Input.Body ?? "");
        }
        catch (ReleaseRuleException ex)
        {
            Errors.Add(new FieldError("body", ex.Message));
        }
        return await RedisplayAsync(id);
    }

    /// <summary>Adds, removes or moves a figure, quote or key date, keeping everything else as typed.</summary>
    public async Task<IActionResult> OnPostRowAsync(string? id, string list, int index, string op)
    {
        switch (list)
        {
            case "figures": Change(Input.Figures, index, op); break;
            case "quotes": Change(Input.Quotes, index, op); break;
            case "keyDates": Change(Input.KeyDates, index, op); break;
        }
        return await RedisplayAsync(id);
    }

    protected abstract Task<IActionResult> RedisplayAsync(string? id);

    /// <summary>Loads the form's choices and shows the posted values, not stale model state.</summary>
    protected async Task<IActionResult> ShowFormAsync()
    {
        if (ReferenceEquals(Lookups, ReleaseLookups.Empty))
        {
            Lookups = await ReleaseLookups.LoadAsync(db, HttpContext.RequestAborted);
        }
        ModelState.Clear();
        return Page();
    }

    /// <summary>Parses the form and checks everything a save needs; returns null and fills Errors when it cannot be saved.</summary>
    protected async Task<ReleaseContent?> ValidatedContentAsync(string? releaseId)
    {
        if (Core.Media.MediaReference.IdOf(Input.LeadImage.Src) is { } imageId)
        {
            var asset = await db.Media.AsNoTracking().FirstOrDefaultAsync(a => a.Id == imageId, HttpContext.RequestAborted);
            if (asset is null || asset.IsRemoved)
            {
                Errors.Add(new FieldError("leadImage.src", "That image was removed everywhere; choose another"));
            }
            else
            {
                // Blank fields take the library's own words, and the form shows them.
                Input.LeadImage.Alt = string.IsNullOrWhiteSpace(Input.LeadImage.Alt) ? asset.Alt : Input.LeadImage.Alt;
                Input.LeadImage.Caption = string.IsNullOrWhiteSpace(Input.LeadImage.Caption) ? asset.Caption : Input.LeadImage.Caption;
                Input.LeadImage.Credit = string.IsNullOrWhiteSpace(Input.LeadImage.Credit) ? asset.Credit : Input.LeadImage.Credit;
                Input.LeadImage.Copyright = string.IsNullOrWhiteSpace(Input.LeadImage.Copyright) ? asset.Copyright : Input.LeadImage.Copyright;
            }
        }
        var galleryIds = Input.Gallery.Select(Core.Media.MediaReference.IdOf).OfType<string>().ToList();
        var galleryAssets = await db.Media.AsNoTracking().Where(a => galleryIds.Contains(a.Id) && a.RemovedUtc == null)
            .ToDictionaryAsync(a => a.Reference, HttpContext.RequestAborted);
        var (content, errors) = ReleaseInputParser.ToContent(Input, reference =>
            galleryAssets.TryGetValue(reference, out var a) ? new LeadImage(reference, a.Alt, a.Caption, a.Credit, a.Copyright) : null);
        Errors.AddRange(errors);
        Errors.AddRange((await Web.Media.LibraryImages.CheckAsync(db, content, HttpContext.RequestAborted)).Where(e => Errors.All(x => x.Field != e.Field)));
        Lookups = await ReleaseLookups.LoadAsync(db, HttpContext.RequestAborted);
        Errors.AddRange(Lookups.Check(content));
        if (Errors.All(e => e.Field != "slug") && await db.SlugTakenAsync(content.Slug, releaseId, HttpContext.RequestAborted))
        {
            Errors.Add(new FieldError("slug", $"Another release already uses the address /news/{content.Slug}; choose another slug"));
        }
        foreach (var (field, text) in new[] { ("body", content.Body), ("notesToEditors", content.NotesToEditors) })
        {
            if (Errors.All(e => e.Field != field) && Unrenderable(text) is { } reason)
            {
                Errors.Add(new FieldError(field, reason));
            }
        }
        return Errors.Count == 0 ? content : null;
    }

    /// <summary>Why the Markdown cannot be rendered (nested too deeply), or null when it can.</summary>
    private string? Unrenderable(string? text)
    {
        try
        {
            markdown.ToSafeHtml(text ?? "");
            return null;
        }
        catch (ReleaseRuleException ex)
        {
            return ex.Message;
        }
    }

    protected string EditorName => User.Identity?.Name ?? "unknown";

    protected void Audit(string action, string releaseId, int? revision, string? detail = null) =>
        db.Record(new AuditRecord(Clock.GetUtcNow().UtcDateTime, EditorName, action, AuditChannels.Admin, releaseId, revision, detail));

    private TimeProvider Clock => HttpContext.RequestServices.GetRequiredService<TimeProvider>();

    private static void Change<T>(List<T> items, int index, string op) where T : new()
    {
        switch (op)
        {
            case "add":
                items.Add(new T());
                break;
            case "remove" when index >= 0 && index < items.Count:
                items.RemoveAt(index);
                break;
            case "up" when index > 0 && index < items.Count:
                (items[index - 1], items[index]) = (items[index], items[index - 1]);
                break;
            case "down" when index >= 0 && index < items.Count - 1:
                (items[index + 1], items[index]) = (items[index], items[index + 1]);
                break;
        }
    }
}
