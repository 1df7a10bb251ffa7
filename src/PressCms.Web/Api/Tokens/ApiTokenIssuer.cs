using Microsoft.AspNetCore.Identity;
using PressCms.Core.Audit;
using PressCms.Core.People;
using PressCms.Data;
using PressCms.Data.Identity;

namespace PressCms.Web.Api.Tokens;

/// <summary>Makes a new API token for a member of staff; the secret is returned once and only its hash is kept.</summary>
internal static class ApiTokenIssuer
{
    public const string AuditAction = "api-token.created";

    /// <returns>The secret, or null if no user has that email.</returns>
    public static async Task<string?> IssueAsync(PressCmsDbContext db, UserManager<PressUser> users, string email, string issuedBy, string channel, DateTime nowUtc)
    {
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return null;
        }
        var (token, secret) = ApiToken.Issue(user.Id, user.Email ?? email, nowUtc);
        db.ApiTokens.Add(token);
        db.Record(new AuditRecord(nowUtc, issuedBy, AuditAction, channel, Detail: $"API token for {token.UserEmail}"));
        await db.SaveChangesAsync();
        return secret;
    }
}
