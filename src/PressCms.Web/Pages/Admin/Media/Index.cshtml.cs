using PressCms.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Media;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Web.Media;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Admin.Media;

/// <summary>The media library: upload with the police fields, search, and the images due for review.</summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class IndexModel(PressCmsDbContext db, MediaLibrary library, TimeProvider time) : PageModel
{
    // The processor refuses anything over 25 MB with a message; the request itself may be a little larger for the form fields.
    private const long UploadLimit = 26L * 1024 * 1024;

    [BindProperty]
    public MediaInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Review { get; set; }

    public List<FieldError> Errors { get; } = [];

    public List<MediaAsset> Assets { get; private set; } = [];

    public int DueForReview { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            Errors.Add(new FieldError("file", "Choose an image to upload (JPEG, PNG, GIF or WebP)"));
        }
        Errors.AddRange(Input.ToDetails().Validate(requireApproval: true, Today));
        if (Errors.Count == 0)
        {
            try
            {
                await using var stream = Upload!.OpenReadStream();
                var asset = await library.AddAsync(stream, Upload.FileName, Input.ToDetails(), requireApproval: true, User.ToActor().Name, AuditChannels.Admin, HttpContext.RequestAborted);
                await db.SaveChangesAsync(HttpContext.RequestAborted);
                TempData["Status"] = $"Uploaded {asset.FileName}.";
                return Redirect($"/admin/media/{asset.Id}");
            }
            catch (MediaRefusedException ex)
            {
                Errors.Add(new FieldError(ex.Field, ex.Message));
            }
        }
        if (Errors.Any(e => e.Field != "file") && Upload is not null)
        {
            Errors.Add(new FieldError("file", "Choose the image again: browsers do not keep a chosen file when a form comes back"));
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var query = db.Media.AsNoTracking().Where(a => a.RemovedUtc == null);
        DueForReview = await query.CountAsync(a => a.ReviewOn <= Today, HttpContext.RequestAborted);
        if (Review)
        {
            query = query.Where(a => a.ReviewOn <= Today);
        }
        if (SearchPattern.For(Q) is { } pattern)
        {
            query = query.Where(a => EF.Functions.Like(a.Alt.ToLower(), pattern) || EF.Functions.Like(a.FileName.ToLower(), pattern)
                || (a.Credit != null && EF.Functions.Like(a.Credit.ToLower(), pattern)));
        }
        Assets = await query.OrderByDescending(a => a.UploadedUtc).Take(100).ToListAsync(HttpContext.RequestAborted);
    }
}
