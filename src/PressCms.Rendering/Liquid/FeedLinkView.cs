using PressCms.Core.Taxonomy;
using PressCms.Rendering.Feeds;

namespace PressCms.Rendering.Liquid;

/// <summary>One feed in its three formats, absolute URLs, and where to get the same releases by email.</summary>
public sealed record FeedLinkView(string Title, string RssUrl, string AtomUrl, string JsonUrl)
{
    /// <summary>The email-alert sign-up for the same topic: "/alerts/subscribe?topic=category%3Aknife-crime".</summary>
    public string AlertUrl { get; init; } = "/alerts/subscribe?topic=all";

    public static FeedLinkView For(string title, string origin, Topic topic) =>
        new(title, origin + FeedAddresses.Feed(topic, "rss"), origin + FeedAddresses.Feed(topic, "atom"), origin + FeedAddresses.Feed(topic, "json"))
        {
            AlertUrl = origin + FeedAddresses.Alerts(topic),
        };
}
