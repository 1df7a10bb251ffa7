using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PressCms.Web.Api.Tokens;

namespace PressCms.Web.Api;

/// <summary>Names the API and declares its bearer scheme, required by every operation.</summary>
internal sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "PressCms newsroom API",
            Version = "1",
            Description = "Releases and their workflow. Send Authorization: Bearer <token> (create one with `token create --email`). "
                + "Errors are application/problem+json: `errors` keyed by field for invalid input, `rule` naming the workflow rule that refused.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiTokenHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API token made by the 'token create' command",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiTokenHandler.SchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
