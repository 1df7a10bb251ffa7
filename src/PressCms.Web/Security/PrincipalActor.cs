using System.Security.Claims;
using PressCms.Core.Workflow;

namespace PressCms.Web.Security;

public static class PrincipalActor
{
    /// <summary>The signed-in user as the workflow sees them: their name and the roles they hold now.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "anonymous", [.. user.FindAll(user.Identities.FirstOrDefault()?.RoleClaimType ?? ClaimTypes.Role).Select(c => c.Value)]);
}
