using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PressCms.Web.Api;

/// <summary>
/// Documents an endpoint's JSON body in the OpenAPI document only. <c>Accepts&lt;T&gt;</c> would also
/// make routing refuse other content types with a bare 415; bodies are read by hand instead, so a
/// wrong one is a 400 problem naming the mistake.
/// </summary>
internal static class RequestBodies
{
    /// <summary>Documents the body and sets how large it may be (<see cref="Security.BodyLimits.Default"/> unless given).</summary>
    public static RouteHandlerBuilder Takes<T>(this RouteHandlerBuilder endpoint, bool required = false, long maxBytes = Security.BodyLimits.Default) =>
        endpoint.WithMetadata(new BodyType(typeof(T), required), new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(maxBytes));

    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<BodyType>().FirstOrDefault() is not { } body)
        {
            return;
        }
        var schema = await context.GetOrCreateSchemaAsync(body.Type, null, ct);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = body.Required,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };
    }

    private sealed record BodyType(Type Type, bool Required);
}
