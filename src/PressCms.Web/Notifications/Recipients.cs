using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using PressCms.Core.People;
using PressCms.Data;
using PressCms.Data.Identity;

namespace PressCms.Web.Notifications;

/// <summary>Who is told: only members of staff with an account, so nothing about an embargoed release leaves the newsroom.</summary>
public sealed class Recipients(UserManager<PressUser> users, PressCmsDbContext db)
{
    /// <summary>Everyone in the Approver role; the Administrators only when nobody holds it, so a request never goes unseen.</summary>
    public async Task<IReadOnlyList<string>> ApproversAsync()
    {
        var approvers = await users.GetUsersInRoleAsync(StaffRoles.Approver);
        if (approvers.Count == 0)
        {
            approvers = await users.GetUsersInRoleAsync(StaffRoles.Administrator);
        }
        return [.. approvers.Select(u => u.Email).OfType<string>().Where(IsAddress).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    /// <summary>The author is whoever wrote revision 1, if they still have an account.</summary>
    public async Task<string?> AuthorOfAsync(string releaseId, CancellationToken cancellationToken)
    {
        var name = await db.Revisions.AsNoTracking().Where(v => v.ReleaseId == releaseId && v.Number == 1)
            .Select(v => v.EditedBy).SingleOrDefaultAsync(cancellationToken);
        var user = name is null ? null : await users.FindByNameAsync(name);
        return user?.Email is { } address && IsAddress(address) ? address : null;
    }

    private static bool IsAddress(string text) => text.Contains('@', StringComparison.Ordinal) && MailboxAddress.TryParse(text, out _);
}
