using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressCms.Core.Audit;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.Web.Setup;
using PressCms.Web.Storage;

namespace PressCms.Web.Pages.Setup;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Security.SecurityServices.LoginRateLimit)]
public sealed class SetupModel(SiteSetup setup, SetupState state, SetupCode code, PressCmsDbContext db, PressCmsPaths paths, UserManager<PressUser> users, Security.SecondFactor secondFactor) : PageModel
{
    /// <summary>The one-time code printed to the server's log.</summary>
    [BindProperty]
    public string? SetupCode { get; set; }

    /// <summary>Offered as the address this page was reached at.</summary>
    [BindProperty]
    public string? BaseUrl { get; set; }

    [BindProperty]
    public string SiteName { get; set; } = "";

    [BindProperty]
    public string Recipe { get; set; } = "newsroom";

    [BindProperty]
    public string AdminEmail { get; set; } = "";

    [BindProperty]
    public string AdminPassword { get; set; } = "";

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public IEnumerable<string> Recipes =>
        Directory.EnumerateFiles(paths.Recipes, "*.recipe.json").Select(f => Path.GetFileName(f)[..^".recipe.json".Length]).Order();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await state.IsSetUpAsync(db))
        {
            return Redirect("/admin");
        }
        BaseUrl = $"{Request.Scheme}://{Request.Host}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await state.IsSetUpAsync(db))
        {
            return Redirect("/admin");
        }
        if (!code.Matches(SetupCode))
        {
            // Nothing else is checked until the code is right, so the form tells a stranger nothing.
            Errors = [new FieldError("setupCode", string.IsNullOrWhiteSpace(SetupCode)
                ? "Enter the setup code from the server's log"
                : "That is not the setup code; copy it from the server's log (the line that says the newsroom is not set up yet)")];
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        if (!Recipes.Contains(Recipe))
        {
            Errors = [new FieldError("recipe", "Choose one of the recipes listed")];
            return Page();
        }
        // A field left out of the post binds as null; setup then names it, as it does an empty one.
        AdminEmail = AdminEmail?.Trim() ?? "";
        Errors = await setup.RunAsync(new SetupRequest(SiteName ?? "", Recipe, AdminEmail, AdminPassword ?? "", BaseUrl ?? ""), AuditChannels.Admin, HttpContext.RequestAborted);
        if (Errors.Count > 0)
        {
            return Page();
        }
        // The first administrator signs in as everyone does: their password is given, so the next
        // step is setting up their authenticator app.
        secondFactor.BeginPending(Response, (await users.FindByEmailAsync(AdminEmail))!);
        return Redirect("/account/enrol");
    }
}
