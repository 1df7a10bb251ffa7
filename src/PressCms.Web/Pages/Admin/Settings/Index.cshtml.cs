using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Web.Setup;

namespace PressCms.Web.Pages.Admin.Settings;

/// <summary>The newsroom's name, public address and time zone (administrators); each change is audited with what it was before.</summary>
public sealed class IndexModel(PressCmsDbContext db, IWebHostEnvironment environment, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? BaseUrl { get; set; }

    [BindProperty]
    public string? TimeZone { get; set; }

    public List<FieldError> Errors { get; } = [];

    /// <summary>Every zone this server knows, by IANA id.</summary>
    public static IEnumerable<string> Zones => TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC").Order(StringComparer.Ordinal);

    public async Task OnGetAsync()
    {
        var settings = await db.Newsroom.AsNoTracking().SingleAsync(HttpContext.RequestAborted);
        (Name, BaseUrl, TimeZone) = (settings.Name, settings.BaseUrl, settings.TimeZone);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = PlainText.Clean(Name)?.Trim() ?? "";
        if (name.Length == 0)
        {
            Errors.Add(new FieldError("name", "Enter the newsroom's name"));
        }
        else if (name.Length > SiteSetup.SiteNameMaxLength)
        {
            Errors.Add(new FieldError("name", $"Keep the newsroom's name to {SiteSetup.SiteNameMaxLength} characters"));
        }
        else if (PlainText.Unpublishable(Name) is { } character)
        {
            Errors.Add(new FieldError("name", PlainText.Refusal("The newsroom's name", character)));
        }
        var (address, addressError) = PublicAddress.Check(BaseUrl, environment.IsDevelopment() || environment.IsEnvironment("Testing"));
        if (addressError is not null)
        {
            Errors.Add(new FieldError("baseUrl", addressError));
        }
        if (string.IsNullOrWhiteSpace(TimeZone) || TimeZone.Length > 100 || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            Errors.Add(new FieldError("timeZone", "Choose the newsroom's time zone from the list, like Europe/London"));
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var settings = await db.Newsroom.SingleAsync(HttpContext.RequestAborted);
        var changes = new[] { ("name", settings.Name, name), ("public address", settings.BaseUrl, address!), ("time zone", settings.TimeZone, TimeZone!) }
            .Where(c => c.Item2 != c.Item3).Select(c => $"{c.Item1}: {c.Item2} → {c.Item3}").ToList();
        if (changes.Count > 0)
        {
            (settings.Name, settings.BaseUrl, settings.TimeZone) = (name, address!, TimeZone!);
            db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, User.Identity?.Name ?? "unknown", AuditActions.SettingsChanged, AuditChannels.Admin,
                Detail: string.Join("; ", changes)));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        TempData["Status"] = changes.Count > 0 ? "Settings saved." : "Nothing changed.";
        return RedirectToPage();
    }
}
