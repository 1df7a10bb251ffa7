using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.WebUtilities;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>A WebSub hub on a free loopback port that answers 204 and keeps every ping.</summary>
internal sealed class LoopbackHub : IAsyncDisposable
{
    // Pings leave in the background after a commit; a second of silence on loopback means none is coming.
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.5);

    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<ReceivedPing> received = new();
    private readonly Task accepting;
    private long lastHeardTicks;

    public LoopbackHub()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/hub/";
        probe.Stop();
        listener.Prefixes.Add(Url);
        listener.Start();
        accepting = Task.Run(AcceptAsync);
    }

    public string Url { get; }

    /// <summary>Waits for at least <paramref name="count"/> pings, then for silence, so a duplicate is counted too.</summary>
    public async Task<IReadOnlyList<ReceivedPing>> TakeAsync(int count, TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (received.Count < count && Environment.TickCount64 < deadline)
        {
            await Task.Delay(20);
        }
        return await TakeWhenQuietAsync();
    }

    /// <summary>Everything heard so far, once the hub has heard nothing for a while.</summary>
    public async Task<IReadOnlyList<ReceivedPing>> TakeWhenQuietAsync()
    {
        var since = Environment.TickCount64;
        while (Environment.TickCount64 - Math.Max(since, Interlocked.Read(ref lastHeardTicks)) is var silent && silent < (long)Quiet.TotalMilliseconds)
        {
            await Task.Delay(TimeSpan.FromMilliseconds((long)Quiet.TotalMilliseconds - silent));
        }
        var taken = new List<ReceivedPing>();
        while (received.TryDequeue(out var ping))
        {
            taken.Add(ping);
        }
        return taken;
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            Interlocked.Exchange(ref lastHeardTicks, Environment.TickCount64);
            using (var body = new StreamReader(context.Request.InputStream))
            {
                var form = QueryHelpers.ParseQuery(await body.ReadToEndAsync());
                received.Enqueue(new ReceivedPing(context.Request.HttpMethod, context.Request.ContentType, form["hub.mode"], form["hub.url"]));
            }
            context.Response.StatusCode = 204;
            context.Response.Close();
            Interlocked.Exchange(ref lastHeardTicks, Environment.TickCount64);
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await accepting;
    }
}
