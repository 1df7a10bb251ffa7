using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PressCms.Core.People;
using PressCms.Data;
using PressCms.Data.Identity;

namespace PressCms.Web.Api.Tokens;

/// <summary>
/// "Authorization: Bearer pcms_…" for /api. The token is found by its SHA-256; the actor is its
/// user with the roles they hold now (read on every request), so a role taken away or a token
/// revoked stops working at once. No cookie is read or written.
/// </summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PressCmsDbContext db, UserManager<PressUser> users, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header[7..].Trim() is not { Length: > 0 } secret)
        {
            return AuthenticateResult.Fail("The Authorization header must be 'Bearer <token>'");
        }
        var hash = ApiToken.HashOf(secret);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        if (token is null || !token.IsActive)
        {
            return AuthenticateResult.Fail(token is null ? "Unknown API token" : "This API token was revoked");
        }
        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The token's user no longer exists or is locked out");
        }
        token.MarkUsed(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(Context.RequestAborted);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, user.UserName ?? user.Email ?? user.Id) };
        claims.AddRange((await users.GetRolesAsync(user)).Select(role => new Claim(ClaimTypes.Role, role)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        // RFC 6750: a missing token gets the bare challenge; a bad one says why.
        Response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await ApiProblems.Status(StatusCodes.Status401Unauthorized,
            failure?.Message ?? "Send an API token: Authorization: Bearer <token> (create one with the 'token create' command)").ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Status(StatusCodes.Status403Forbidden, "The token's user holds no staff role", "not-permitted").ExecuteAsync(Context);
}
