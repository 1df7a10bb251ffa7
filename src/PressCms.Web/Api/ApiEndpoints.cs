using PressCms.Web.Api.Decisions;
using PressCms.Web.Api.Releases;

namespace PressCms.Web.Api;

/// <summary>
/// The JSON API under /api (contracts/api.md): bearer tokens only, problem+json for every error,
/// described by the OpenAPI document at /api/openapi.json.
/// </summary>
public static class ApiEndpoints
{
    public const string OpenApiPath = "/api/openapi.json";

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(OpenApiPath);
        // Bearer tokens are never sent by a browser on its own, so cross-site request forgery
        // cannot reach these endpoints: they take JSON, read no cookie and need no antiforgery token.
        var api = app.MapGroup("/api")
            .RequireAuthorization(ApiServices.Policy)
            .AddEndpointFilter<ApiRefusals>()
            .WithTags("Releases")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapReleases();
        api.MapReleaseDecisions();
        app.MapFallback("/api/{**path}", (string path) =>
            ApiProblems.Status(StatusCodes.Status404NotFound, $"There is no API endpoint /api/{path}; see {OpenApiPath}"))
            .ExcludeFromDescription();
        return app;
    }
}
