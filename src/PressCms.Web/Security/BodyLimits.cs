using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace PressCms.Web.Security;

/// <summary>
/// How large a request body each endpoint takes (ASVS 2.4): small by default, a release's worth for
/// release forms and API bodies, an image's worth for uploads. Kestrel refuses larger bodies with
/// 413; <see cref="ReadAsync"/> enforces the same limit where a body is read by hand, so the answer
/// is the same under any server.
/// </summary>
public static class BodyLimits
{
    /// <summary>Every form and JSON body unless its endpoint says otherwise.</summary>
    public const long Default = 64 * 1024;

    /// <summary>A release with its longest allowed texts and lists, as a form or JSON (escapes included).</summary>
    public const long Release = 2 * 1024 * 1024;

    public static string TooLarge(long limit) =>
        $"The request body is larger than the {limit / 1024:N0} KB this address takes; nothing was saved";

    /// <summary>The limit that applies to this request: its endpoint's, or the default.</summary>
    public static long For(HttpContext http) => For(http.GetEndpoint());

    public static long For(Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? Default;

    /// <summary>The body as text, refused with 413 (a BadHttpRequestException) past the limit.</summary>
    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var limit = For(request.HttpContext);
        if (request.ContentLength > limit)
        {
            throw new BadHttpRequestException(TooLarge(limit), StatusCodes.Status413PayloadTooLarge);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new BadHttpRequestException(TooLarge(limit), StatusCodes.Status413PayloadTooLarge);
            }
            buffer.Write(chunk, 0, read);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Applies the endpoint's limit to the server's own check (Kestrel reads the feature), and answers
    /// 413 at once to a body that declares itself too large.
    /// </summary> that declares itself too large is refused before a byte of it is read.
    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = For(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            await RefuseAsync(context, limit);
            return;
        }
        await next(context);
    });

    /// <summary>413 with a message: problem+json under /api, plain text elsewhere.</summary>
    public static Task RefuseAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return Results.Problem(TooLarge(limit), statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(TooLarge(limit) + ".\n");
    }
}
