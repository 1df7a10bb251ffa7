using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Data;

namespace PressCms.IntegrationTests.Security.Matrix;

/// <summary>
/// What a refused request must leave as it was: every row a page, the API or an alert link can
/// change, one line per table, so a difference names the table. When a token was last used is left
/// out: authenticating a token writes it, whatever the endpoint then decides.
/// </summary>
public static class NewsroomState
{
    public static async Task<IReadOnlyList<string>> ReadAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        var settings = await db.Newsroom.AsNoTracking().SingleAsync();
        return
        [
            Line("audit entries", [(await db.AuditTrail.CountAsync()).ToString(CultureInfo.InvariantCulture)]),
            Line("releases", (await db.Releases.AsNoTracking().ToListAsync()).Select(r => $"{r.Id}:{r.Version}")),
            Line("revisions", [(await db.Revisions.CountAsync()).ToString(CultureInfo.InvariantCulture)]),
            Line("review comments", [(await db.ReviewComments.CountAsync()).ToString(CultureInfo.InvariantCulture)]),
            Line("media", (await db.Media.AsNoTracking().ToListAsync()).Select(m => $"{m.Id}:{m.Alt}:{m.Credit}:{m.RemovedUtc:O}")),
            Line("subscriptions", (await db.Subscriptions.AsNoTracking().ToListAsync()).Select(s => $"{s.Id}:{s.Frequency}:{s.ConfirmedUtc:O}:{s.UnsubscribedUtc:O}")),
            Line("api tokens", (await db.ApiTokens.AsNoTracking().ToListAsync()).Select(t => $"{t.Id}:{t.UserEmail}:{t.Scopes}:{t.ExpiresUtc:O}:{t.RevokedUtc:O}")),
            Line("users", (await db.Users.AsNoTracking().ToListAsync()).Select(u => $"{u.Email}:{u.SecurityStamp}:{u.LockoutEnd:O}:{u.TwoFactorEnabled}:{u.PasswordHash}")),
            Line("user roles", (await db.UserRoles.AsNoTracking().ToListAsync()).Select(r => $"{r.UserId}:{r.RoleId}")),
            Line("user tokens", (await db.UserTokens.AsNoTracking().ToListAsync()).Select(t => $"{t.UserId}:{t.LoginProvider}:{t.Name}:{t.Value}")),
            Line("settings", [$"{settings.Name}|{settings.BaseUrl}|{settings.TimeZone}|{settings.Theme}"]),
            Line("staff outbox", [(await db.StaffOutbox.CountAsync()).ToString(CultureInfo.InvariantCulture)]),
            Line("alert outbox", [(await db.AlertOutbox.CountAsync()).ToString(CultureInfo.InvariantCulture)]),
        ];
    }

    /// <summary>The tables whose lines differ, or none.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        [.. before.Zip(after).Where(p => p.First != p.Second).Select(p => p.First[..p.First.IndexOf(':', StringComparison.Ordinal)])];

    private static string Line(string table, IEnumerable<string> rows) => $"{table}: {string.Join(", ", rows.Order(StringComparer.Ordinal))}";
}
