using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.Data.Identity;

namespace PressCms.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<PressUser> signIn, UserManager<PressUser> users, PressCmsDbContext db, TimeProvider time) : PageModel
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
            // A new stamp ends the session on the server: the cookie just cleared is worthless if replayed.
            if (await users.GetUserAsync(User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }
        }
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
