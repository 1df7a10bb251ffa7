namespace PressCms.Web.Site;

/// <summary>A response as built once, served as often as asked: UTF-8 body, content type and status (a page may be 404 or 410).</summary>
public sealed record RenderedResponse(byte[] Body, string ContentType, int StatusCode) : IResult
{
    public static RenderedResponse None { get; } = new([], "", 0);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        response.ContentLength = Body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(Body, httpContext.RequestAborted);
        }
    }
}
