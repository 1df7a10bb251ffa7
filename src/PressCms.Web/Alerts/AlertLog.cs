namespace PressCms.Web.Alerts;

internal static partial class AlertLog
{
    [LoggerMessage(101, LogLevel.Information, "Email alerts are sent every {Interval} on this node, at most {PerMinute} a minute")]
    public static partial void SendEvery(ILogger logger, TimeSpan interval, int perMinute);

    [LoggerMessage(102, LogLevel.Warning, "Email alert sending is off on this node (PressCms:Alerts:SendInterval is zero)")]
    public static partial void SendOff(ILogger logger);

    [LoggerMessage(103, LogLevel.Error, "Sending email alerts failed; it runs again in {Interval}")]
    public static partial void SendFailed(ILogger logger, TimeSpan interval, Exception exception);

    [LoggerMessage(104, LogLevel.Warning, "Email alert {MessageId} failed (attempt {Attempts}); retried later")]
    public static partial void AlertFailed(ILogger logger, Guid messageId, int attempts, Exception exception);

    [LoggerMessage(105, LogLevel.Information, "Queued {Count} email alert(s) about {ReleaseId}")]
    public static partial void Queued(ILogger logger, int count, string releaseId);

    [LoggerMessage(106, LogLevel.Debug, "Another node queued the alerts about {ReleaseId} first")]
    public static partial void QueuedElsewhere(ILogger logger, string releaseId);
}
