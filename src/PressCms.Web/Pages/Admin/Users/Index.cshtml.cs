using PressCms.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Data.Identity;

namespace PressCms.Web.Pages.Admin.Users;

/// <summary>Staff accounts and their roles. Every change is in the audit trail; the last administrator cannot be demoted.</summary>
public sealed class IndexModel(UserManager<PressUser> users, PressCmsDbContext db, TimeProvider time) : PageModel
{
    public List<(PressUser User, IList<string> Roles)> Staff { get; } = [];

    public List<FieldError> Errors { get; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public List<string> NewRoles { get; set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var email = Email?.Trim() ?? "";
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) || email.Length == 0)
        {
            Errors.Add(new FieldError("email", "Enter the officer's email address, like name@example.police.uk"));
        }
        if (NewRoles.Count == 0 || NewRoles.Any(r => !StaffRoles.All.Contains(r)))
        {
            Errors.Add(new FieldError("roles", "Choose at least one role"));
        }
        if (Errors.Count == 0)
        {
            var user = new PressUser { UserName = email, Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, Password ?? "");
            Errors.AddRange(created.Errors.Select(e => new FieldError(e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", e.Description)));
            if (created.Succeeded)
            {
                Record(AuditActions.UserAdded, $"{email} with roles {string.Join(", ", NewRoles)}");
                await users.AddToRolesAsync(user, NewRoles);
                TempData["Status"] = $"Added {email}.";
                return RedirectToPage();
            }
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string userId, List<string> roles)
    {
        // The last-administrator rule is checked and the change made in one turn: two administrators
        // demoting each other at once are taken one after the other, and the second is refused.
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        await db.LockAuditChainAsync(HttpContext.RequestAborted);
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }
        roles = [.. roles.Where(StaffRoles.All.Contains).Distinct()];
        var current = await users.GetRolesAsync(user);
        if (current.Contains(StaffRoles.Administrator) && !roles.Contains(StaffRoles.Administrator)
            && await IsLastEnabledAdministratorAsync(user))
        {
            Errors.Add(new FieldError($"roles-{userId}", $"{user.Email} is the only administrator; make someone else an administrator first"));
            await transaction.RollbackAsync(HttpContext.RequestAborted);
            await LoadAsync();
            return Page();
        }
        Record(AuditActions.RolesChanged, $"{user.Email}: {string.Join(", ", current.Order())} → {string.Join(", ", roles.Order())}");
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        // Signed-in sessions pick up the new roles at their next request instead of keeping the old cookie's.
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        TempData["Status"] = $"Roles of {user.Email} saved.";
        return RedirectToPage();
    }

    /// <summary>Ends every session the user has, on every device: their cookies no longer match the renewed security stamp.</summary>
    public async Task<IActionResult> OnPostEndSessionsAsync(string userId)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }
        Record(AuditActions.SessionsEnded, user.Email ?? user.Id);
        await users.UpdateSecurityStampAsync(user);
        TempData["Status"] = $"Every session of {user.Email} has ended; they must sign in again.";
        return RedirectToPage();
    }

    /// <summary>
    /// Disables an account (Identity's lockout, with no end): sign-in is refused like a wrong password,
    /// open sessions end at their next request and the user's API tokens stop working. Never the
    /// administrator's own account, never the last administrator still enabled.
    /// </summary>
    public async Task<IActionResult> OnPostDisableAsync(string userId)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        await db.LockAuditChainAsync(HttpContext.RequestAborted);
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }
        var refusal = user.Id == users.GetUserId(User) ? "You cannot disable your own account; ask another administrator"
            : await IsLastEnabledAdministratorAsync(user) ? $"{user.Email} is the only administrator still enabled; make someone else an administrator first"
            : null;
        if (refusal is not null)
        {
            Errors.Add(new FieldError($"access-{userId}", refusal));
            await transaction.RollbackAsync(HttpContext.RequestAborted);
            await LoadAsync();
            return Page();
        }
        Record(AuditActions.UserDisabled, user.Email ?? user.Id);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        TempData["Status"] = $"{user.Email} is disabled: their sessions have ended and their API tokens no longer work.";
        return RedirectToPage();
    }

    /// <summary>For a lost phone: the person's authenticator and recovery codes are cleared and their sessions end; they set it up again at next sign-in.</summary>
    public async Task<IActionResult> OnPostResetSecondFactorAsync(string userId, [FromServices] Security.SecondFactor secondFactor)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }
        Record(AuditActions.SecondFactorReset, user.Email ?? user.Id);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await secondFactor.ResetAsync(user);
        TempData["Status"] = $"The second factor of {user.Email} is cleared and their sessions have ended; they set up an authenticator app again when they next sign in.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync(string userId)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }
        Record(AuditActions.UserEnabled, user.Email ?? user.Id);
        await users.SetLockoutEndDateAsync(user, null);
        TempData["Status"] = $"{user.Email} is enabled again and can sign in.";
        return RedirectToPage();
    }

    public bool IsDisabled(PressUser user) => user.LockoutEnd is { } end && end > time.GetUtcNow();

    private async Task<bool> IsLastEnabledAdministratorAsync(PressUser user)
    {
        var administrators = await users.GetUsersInRoleAsync(StaffRoles.Administrator);
        return !IsDisabled(user) && administrators.Any(a => a.Id == user.Id) && administrators.Count(a => !IsDisabled(a)) == 1;
    }

    private void Record(string action, string detail) =>
        db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, User.Identity?.Name ?? "unknown", action, AuditChannels.Admin, Detail: detail));

    private async Task LoadAsync()
    {
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync(HttpContext.RequestAborted))
        {
            Staff.Add((user, await users.GetRolesAsync(user)));
        }
    }
}
