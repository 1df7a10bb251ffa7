using Microsoft.AspNetCore.Authentication;
using PressCms.Core.People;
using PressCms.Web.Api.Tokens;

namespace PressCms.Web.Api;

public static class ApiServices
{
    /// <summary>Authenticated by an API token alone (never the admin's cookie), as a member of staff.</summary>
    public const string Policy = "Api";

    public static IServiceCollection AddPressCmsApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(ApiTokenHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireRole(StaffRoles.All));
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<ApiDocument>();
            o.AddOperationTransformer(RequestBodies.DescribeAsync);
        });
        return services;
    }
}
