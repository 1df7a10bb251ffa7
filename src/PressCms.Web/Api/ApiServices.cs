using Microsoft.AspNetCore.Authentication;
using PressCms.Core.People;
using PressCms.Web.Api.Tokens;

namespace PressCms.Web.Api;

public static class ApiServices
{
    /// <summary>Authenticated by an API token alone (never the admin's cookie), as a member of staff.</summary>
    public const string Policy = "Api";

    /// <summary>The policy an endpoint names for the scope it needs, e.g. "ApiScope:write".</summary>
    public static string ScopePolicy(string scope) => "ApiScope:" + scope;

    /// <summary>The scope an endpoint needs, from its authorization metadata; null when it names none.</summary>
    public static string? ScopeOf(Endpoint? endpoint) => endpoint?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
        .Select(a => a.Policy).OfType<string>().Where(p => p.StartsWith("ApiScope:", StringComparison.Ordinal)).Select(p => p["ApiScope:".Length..]).LastOrDefault();

    /// <summary>Requires the token to hold the scope: read, write or decide.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder endpoint, string scope) where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(ScopePolicy(scope));

    public static IServiceCollection AddPressCmsApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(ApiTokenHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireRole(StaffRoles.All));
        var authorization = services.AddAuthorizationBuilder();
        foreach (var scope in ApiScopeNames.All)
        {
            authorization.AddPolicy(ScopePolicy(scope), p => p
                .AddAuthenticationSchemes(ApiTokenHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiTokenHandler.ScopeClaim, scope));
        }
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<ApiDocument>();
            o.AddOperationTransformer(RequestBodies.DescribeAsync);
        });
        return services;
    }
}
