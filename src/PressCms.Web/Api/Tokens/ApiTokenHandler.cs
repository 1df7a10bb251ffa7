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
/// user with the roles they hold now (read on every request) and the token's scopes, so a role
/// taken away, a user disabled or a token revoked or expired stops working at once. No cookie is
/// read or written.
/// </summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PressCmsDbContext db, UserManager<PressUser> users, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string ScopeClaim = "scope";

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
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        var now = time.GetUtcNow().UtcDateTime;
        if (token is null || !token.IsActive(now))
        {
            return AuthenticateResult.Fail(token is null ? "Unknown API token"
                : token.IsRevoked ? "This API token was revoked"
                : $"This API token expired on {token.ExpiresAtUtc:yyyy-MM-dd HH:mm} UTC; make a new one");
        }
        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The token's user no longer exists or is disabled");
        }
        // Written at most once a minute, and only the one column: reading is not a write per request.
        if (token.LastUsedIsStale(now))
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedUtc, now), Context.RequestAborted);
        }
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, user.UserName ?? user.Email ?? user.Id) };
        claims.AddRange((await users.GetRolesAsync(user)).Select(role => new Claim(ClaimTypes.Role, role)));
        claims.AddRange(ApiScopeNames.Describe(token.Granted).Split(' ').Select(scope => new Claim(ScopeClaim, scope)));
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

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var principal = (await HandleAuthenticateOnceSafeAsync()).Principal;
        var needed = ApiServices.ScopeOf(Context.GetEndpoint());
        var detail = principal is not null && StaffRoles.All.Any(principal.IsInRole) && needed is not null && !principal.HasClaim(ScopeClaim, needed)
            ? $"This token may not {needed}: its scopes are {string.Join(", ", principal.FindAll(ScopeClaim).Select(c => c.Value))}. Make a token with the '{needed}' scope."
            : "The token's user holds no staff role";
        await ApiProblems.Status(StatusCodes.Status403Forbidden, detail, needed is not null && detail.StartsWith("This token", StringComparison.Ordinal) ? "scope-missing" : "not-permitted").ExecuteAsync(Context);
    }
}
