using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PressCms.BrowserTests.Infrastructure;

/// <summary>
/// Test hosts only: <c>/test/error-page</c> is answered as the exception handler answers a request
/// that failed (the error page, re-executed with the failure's feature), so a browser can audit the
/// page a reader sees when something breaks. Asked for directly, /error is a 404.
/// </summary>
internal sealed class ErrorPageProbe : IStartupFilter
{
    public const string Path = "/test/error-page";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, inner) =>
        {
            if (context.Request.Path == Path)
            {
                context.Features.Set<IExceptionHandlerFeature>(new ExceptionHandlerFeature { Error = new InvalidOperationException("probe"), Path = Path });
                context.Request.Path = "/error";
            }
            return inner(context);
        });
        next(app);
    };
}
