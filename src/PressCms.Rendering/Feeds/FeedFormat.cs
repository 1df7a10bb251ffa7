namespace PressCms.Rendering.Feeds;

internal enum FeedFormat
{
    Rss,
    Atom,
    Json,
}
