using Microsoft.AspNetCore.Mvc;

namespace PressCms.Web.Pages.Admin.Audit;

/// <summary>Streams a download written by a callback, so a long audit trail is never held in memory.</summary>
public sealed class FileCallbackResult(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = contentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await write(response.Body, context.HttpContext.RequestAborted);
    }
}
