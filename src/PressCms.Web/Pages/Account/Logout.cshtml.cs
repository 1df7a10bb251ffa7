using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.Data.Identity;

namespace PressCms.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<PressUser> signIn, PressCmsDbContext db, TimeProvider time) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, User.Identity.Name ?? "unknown", AuditActions.SignedOut, AuditChannels.Admin));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
