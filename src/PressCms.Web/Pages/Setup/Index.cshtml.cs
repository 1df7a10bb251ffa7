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

public sealed class SetupModel(SiteSetup setup, SetupState state, PressCmsDbContext db, PressCmsPaths paths, SignInManager<PressUser> signIn) : PageModel
{
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

    public async Task<IActionResult> OnGetAsync() =>
        await state.IsSetUpAsync(db) ? Redirect("/admin") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await state.IsSetUpAsync(db))
        {
            return Redirect("/admin");
        }
        if (!Recipes.Contains(Recipe))
        {
            Errors = [new FieldError("recipe", "Choose one of the recipes listed")];
            return Page();
        }
        // A field left out of the post binds as null; setup then names it, as it does an empty one.
        AdminEmail = AdminEmail?.Trim() ?? "";
        Errors = await setup.RunAsync(new SetupRequest(SiteName ?? "", Recipe, AdminEmail, AdminPassword ?? ""), AuditChannels.Admin, HttpContext.RequestAborted);
        if (Errors.Count > 0)
        {
            return Page();
        }
        await signIn.PasswordSignInAsync(AdminEmail, AdminPassword!, isPersistent: false, lockoutOnFailure: false);
        return Redirect("/admin");
    }
}
