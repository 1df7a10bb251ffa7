using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PressCms.Web.Pages;

/// <summary>
/// A request none of a page's handlers answers (a method the page has no handler for, or an unknown
/// <c>?handler=</c>) is refused, 405 or 400, instead of the page being drawn without the state its
/// handlers load. Pages without handlers are left alone.
/// </summary>
public sealed class UnmatchedHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is not null || handlers.Count == 0)
        {
            await next();
            return;
        }
        var method = context.HttpContext.Request.Method;
        if (handlers.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)))
        {
            context.Result = new BadRequestObjectResult("This page has no action by that name.");
            return;
        }
        var allowed = handlers.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet();
        if (allowed.Contains("GET"))
        {
            allowed.Add("HEAD");
        }
        context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed.Order(StringComparer.Ordinal));
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }
}
