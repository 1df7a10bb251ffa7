using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.People;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Data.Identity;

namespace PressCms.Web.Api.Tokens;

/// <summary>Makes and revokes API tokens for members of staff; a secret is returned once and only its hash is kept.</summary>
internal static class ApiTokenIssuer
{
    public const string AuditAction = "api-token.created";
    public const string RevokedAction = "api-token.revoked";

    /// <summary>What a new token is asked for: checked by <see cref="Check"/> before anything is made.</summary>
    public sealed record Request(string Email, string? Name, string? Scopes, int? ExpiresInDays);

    /// <summary>Errors keyed "email", "name", "scopes", "expiresInDays"; empty when the request can be granted.</summary>
    public static List<FieldError> Check(Request request, out ApiScopes scopes, out TimeSpan lifetime)
    {
        var errors = new List<FieldError>();
        var name = PlainText.Clean(request.Name)?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new FieldError("name", "Name the token after what will use it, like \"Website sync\""));
        }
        else if (name.Length > ApiToken.NameMaxLength)
        {
            errors.Add(new FieldError("name", $"Keep the token's name to {ApiToken.NameMaxLength} characters"));
        }
        (scopes, var unknown) = ApiScopeNames.Parse(request.Scopes ?? ApiScopeNames.Read);
        if (unknown is not null)
        {
            errors.Add(new FieldError("scopes", $"'{PlainText.Truncate(unknown, 40)}' is not a scope; choose from {string.Join(", ", ApiScopeNames.All)}"));
        }
        else if (scopes == ApiScopes.None)
        {
            errors.Add(new FieldError("scopes", $"Choose at least one scope: {string.Join(", ", ApiScopeNames.All)}"));
        }
        var days = request.ExpiresInDays ?? (int)ApiToken.DefaultLifetime.TotalDays;
        lifetime = TimeSpan.FromDays(Math.Clamp(days, 1, (int)ApiToken.MaxLifetime.TotalDays));
        if (days < 1 || days > ApiToken.MaxLifetime.TotalDays)
        {
            errors.Add(new FieldError("expiresInDays", $"A token lasts from 1 to {ApiToken.MaxLifetime.TotalDays:0} days"));
        }
        return errors;
    }

    /// <returns>The token and its secret, or the errors (an unknown email among them).</returns>
    public static async Task<(ApiToken? Token, string? Secret, List<FieldError> Errors)> IssueAsync(
        PressCmsDbContext db, UserManager<PressUser> users, Request request, string issuedBy, string channel, DateTime nowUtc)
    {
        var errors = Check(request, out var scopes, out var lifetime);
        var email = PlainText.Clean(request.Email)?.Trim() ?? "";
        var user = email.Length is 0 or > 256 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            errors.Insert(0, new FieldError("email", email.Length == 0
                ? "Choose the member of staff the token acts as"
                : $"No member of staff has the email {PlainText.Truncate(email, 256)}"));
        }
        if (errors.Count > 0)
        {
            return (null, null, errors);
        }
        var (token, secret) = ApiToken.Issue(user!.Id, user.Email ?? request.Email, PlainText.Clean(request.Name)!.Trim(), scopes, nowUtc, lifetime);
        db.ApiTokens.Add(token);
        db.Record(new AuditRecord(nowUtc, issuedBy, AuditAction, channel,
            Detail: $"API token \"{token.Name}\" for {token.UserEmail}: {ApiScopeNames.Describe(scopes)}, until {token.ExpiresAtUtc:yyyy-MM-dd HH:mm} UTC"));
        await db.SaveChangesAsync();
        return (token, secret, errors);
    }

    /// <returns>The revoked token, or null if no token has that id.</returns>
    public static async Task<ApiToken?> RevokeAsync(PressCmsDbContext db, long id, string revokedBy, string channel, DateTime nowUtc, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null)
        {
            return null;
        }
        if (!token.IsRevoked)
        {
            token.Revoke(nowUtc, revokedBy);
            db.Record(new AuditRecord(nowUtc, revokedBy, RevokedAction, channel, Detail: $"API token {token.Id} \"{token.Name}\" of {token.UserEmail}"));
            await db.SaveChangesAsync(ct);
        }
        return token;
    }
}
