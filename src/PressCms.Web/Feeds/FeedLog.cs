namespace PressCms.Web.Feeds;

internal static partial class FeedLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Told the WebSub hub {Hub} that {Count} feeds changed")]
    public static partial void HubPinged(ILogger logger, string hub, int count);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Could not tell the WebSub hub {Hub} that {Feed} changed")]
    public static partial void HubPingFailed(ILogger logger, string hub, string feed, Exception exception);
}
