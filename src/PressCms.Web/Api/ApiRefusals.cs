using Microsoft.EntityFrameworkCore;
using PressCms.Core.Releases;

namespace PressCms.Web.Api;

/// <summary>Turns what the domain and the database refuse into problem responses, so no API request ends in a 500.</summary>
internal sealed class ApiRefusals : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ReleaseRuleException ex)
        {
            return ApiProblems.Refused(ex);
        }
        catch (EditConflictException)
        {
            return Stale();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write; with If-Match that is a failed precondition.
            return context.HttpContext.Request.Headers.IfMatch.Count > 0
                ? Stale()
                : ApiProblems.Status(StatusCodes.Status409Conflict, "Someone changed this release at the same moment; nothing was done. Try again.", "changed-meanwhile");
        }
        catch (DbUpdateException)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "The change conflicts with another release (an id or slug already in use); nothing was saved.", "conflict");
        }
        catch (BadHttpRequestException ex)
        {
            return ApiProblems.Status(ex.StatusCode, ex.Message);
        }
    }

    private static object Stale() => ApiProblems.Status(StatusCodes.Status412PreconditionFailed,
        "Someone saved this release after the version you quote in If-Match; nothing was changed. GET it again, then retry.", "stale-version");
}
