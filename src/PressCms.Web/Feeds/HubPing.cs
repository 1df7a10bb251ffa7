using Microsoft.Extensions.Options;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Rendering.Feeds;

namespace PressCms.Web.Feeds;

/// <summary>
/// WebSub publish pings: POST hub.mode=publish&amp;hub.url=&lt;feed&gt; to the configured hub.
/// A hub that is down costs a log line, never a failed request.
/// </summary>
public sealed class HubPing(IHttpClientFactory clients, IOptions<FeedOptions> options, ILogger<HubPing> logger)
{
    public const string ClientName = "websub";

    public bool IsOn => options.Value.Hub is not null;

    /// <summary>The feeds every release change touches: the site-wide feed in each format.</summary>
    public static IEnumerable<string> SiteFeeds(string origin) =>
        FeedAddresses.Formats.Select(f => origin.TrimEnd('/') + FeedAddresses.Feed(Topic.All, f));

    public void Failed(Exception exception) => FeedLog.HubPingFailed(logger, options.Value.Hub ?? "", "the site feeds", exception);

    /// <summary>
    /// The single category, operation, unit, area and kind feeds these revisions appear in, each
    /// format once. Combined feeds do not advertise the hub, so they need no ping.
    /// </summary>
    public static IEnumerable<string> TopicFeeds(string origin, IEnumerable<Revision> revisions) =>
        revisions.SelectMany(v => Topic.TopicsOf(v).Where(t => t.Parts.Count == 1))
            .Distinct()
            .SelectMany(topic => FeedAddresses.Formats.Select(f => origin.TrimEnd('/') + FeedAddresses.Feed(topic, f)));

    public async Task PublishAsync(IReadOnlyCollection<string> feedUrls, CancellationToken cancellationToken)
    {
        if (options.Value.Hub is not { } hub)
        {
            return;
        }
        var client = clients.CreateClient(ClientName);
        var told = 0;
        foreach (var feed in feedUrls)
        {
            try
            {
                using var body = new FormUrlEncodedContent([new("hub.mode", "publish"), new("hub.url", feed)]);
                using var response = await client.PostAsync(hub, body, cancellationToken);
                response.EnsureSuccessStatusCode();
                told++;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                FeedLog.HubPingFailed(logger, hub, feed, ex);
            }
        }
        FeedLog.HubPinged(logger, hub, told);
    }
}
