namespace PressCms.Web.Notifications;

internal static partial class NotificationLog
{
    [LoggerMessage(1, LogLevel.Information, "Email notifications are off: set PressCms:Email:Host to send them")]
    public static partial void EmailOff(ILogger logger);

    [LoggerMessage(2, LogLevel.Information, "Email notifications go through {Host}:{Port} (STARTTLS {StartTls})")]
    public static partial void EmailOn(ILogger logger, string host, int port, bool startTls);

    [LoggerMessage(3, LogLevel.Debug, "Email is off: {Count} notification(s) not sent")]
    public static partial void EmailOffNotSent(ILogger logger, int count);

    [LoggerMessage(4, LogLevel.Information, "Emailed \"{Subject}\" to {To}")]
    public static partial void EmailSent(ILogger logger, string subject, string to);

    [LoggerMessage(5, LogLevel.Error, "Could not email \"{Subject}\" to {To} (attempt {Attempts}); next try at {NextTryUtc} UTC, none when empty: given up")]
    public static partial void EmailFailed(ILogger logger, string subject, string to, int attempts, DateTime? nextTryUtc, Exception exception);

    [LoggerMessage(7, LogLevel.Error, "Notifying staff of decisions on {ReleaseIds} failed; the decisions are saved")]
    public static partial void NotifyFailed(ILogger logger, string releaseIds, Exception exception);

    [LoggerMessage(8, LogLevel.Information, "Go-live processing runs every {Interval} on this node")]
    public static partial void GoLiveEvery(ILogger logger, TimeSpan interval);

    [LoggerMessage(9, LogLevel.Warning, "Go-live processing is off on this node (PressCms:Notifications:GoLiveInterval is zero)")]
    public static partial void GoLiveOff(ILogger logger);

    [LoggerMessage(10, LogLevel.Error, "Go-live processing failed; it runs again in {Interval}")]
    public static partial void GoLiveFailed(ILogger logger, TimeSpan interval, Exception exception);

    [LoggerMessage(11, LogLevel.Information, "Release {ReleaseId} went live; side effects handled")]
    public static partial void WentLive(ILogger logger, string releaseId);

    [LoggerMessage(12, LogLevel.Warning, "Release {ReleaseId} still awaits retrospective approval; Approvers told")]
    public static partial void Escalated(ILogger logger, string releaseId);

    [LoggerMessage(13, LogLevel.Warning, "No email address for {Who}; notification about {ReleaseId} not sent")]
    public static partial void NoAddress(ILogger logger, string who, string releaseId);
}
