using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Account;

/// <summary>A signed-in officer's sign-in security: how many recovery codes are left, and new ones.</summary>
[Authorize(Policy = SecurityServices.StaffPolicy)]
public sealed class SecurityModel(UserManager<PressUser> users, SecondFactor secondFactor, PressCmsDbContext db, TimeProvider time) : PageModel
{
    public int CodesLeft { get; private set; }

    public IReadOnlyList<string> NewCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        CodesLeft = await secondFactor.RecoveryCodesLeftAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        NewCodes = await secondFactor.NewRecoveryCodesAsync(user);
        CodesLeft = NewCodes.Count;
        db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, user.Email ?? user.Id, AuditActions.RecoveryCodesRenewed, AuditChannels.Admin));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page();
    }
}
