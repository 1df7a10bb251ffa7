using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>
/// The test host's outermost middleware. It names each request for <see cref="ServerErrorLog"/>
/// (by the probe number the test sent, or method and path), and gives each request a client address
/// of its own, as if every probe came from a different reader, so the per-address rate limits on
/// sign-in and alert sign-up never stand between a hostile input and the code it is aimed at.
/// </summary>
internal sealed class RequestTagging : IStartupFilter
{
    public const string ProbeHeader = "X-Robustness-Probe";

    private static int addresses;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            ServerErrorLog.Request = context.Request.Headers[ProbeHeader] is { Count: > 0 } probe
                ? probe.ToString()
                : $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}";
            context.Connection.RemoteIpAddress = new IPAddress(BitConverter.GetBytes(Interlocked.Increment(ref addresses) | 0x0A000000));
            await inner(context);
        });
        next(app);
    };
}
