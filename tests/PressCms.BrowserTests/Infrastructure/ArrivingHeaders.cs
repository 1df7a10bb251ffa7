using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace PressCms.BrowserTests.Infrastructure;

/// <summary>
/// Test hosts behind nginx only: notes the forwarded headers each request arrives at the site with,
/// before the site reads them, and changes nothing. A test asks by the request's path and query.
/// </summary>
public sealed class ArrivingHeaders : IStartupFilter
{
    private readonly ConcurrentDictionary<string, (string ForwardedFor, string ForwardedProto)> seen = new();

    /// <summary>X-Forwarded-For and X-Forwarded-Proto as nginx sent them with the request for pathAndQuery.</summary>
    public (string ForwardedFor, string ForwardedProto) Of(string pathAndQuery) =>
        seen.TryGetValue(pathAndQuery, out var headers) ? headers : throw new InvalidOperationException($"no request for {pathAndQuery} reached the site");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, inner) =>
        {
            var request = context.Request;
            seen[request.Path + request.QueryString] = (request.Headers["X-Forwarded-For"].ToString(), request.Headers["X-Forwarded-Proto"].ToString());
            return inner(context);
        });
        next(app);
    };
}
