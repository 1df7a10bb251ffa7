namespace PressCms.Core.Alerts;

/// <summary>
/// One email in the outbox. (SubscriptionId, ReleaseId, RevisionNumber, Kind) is unique, so the same
/// alert is never queued twice; a row is sent when due, then stamped, or retried later with backoff.
/// </summary>
public sealed class AlertMessage
{
    public const int MaxAttempts = 8;

    private AlertMessage()
    {
    }

    public Guid Id { get; private set; }
    public Guid SubscriptionId { get; private set; }
    /// <summary>Empty for a confirmation.</summary>
    public string ReleaseId { get; private set; } = "";
    /// <summary>The live revision alerted about; for a confirmation, which request it answers.</summary>
    public int RevisionNumber { get; private set; }
    public AlertKind Kind { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    /// <summary>When it may next be sent; null once sent or given up.</summary>
    public DateTime? DueUtc { get; private set; }
    public DateTime? SentUtc { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    public static AlertMessage Confirmation(Subscription subscription, DateTime nowUtc) =>
        New(subscription.Id, "", subscription.ConfirmationsRequested, AlertKind.Confirm, nowUtc, nowUtc);

    /// <param name="dueUtc">Now for immediate alerts; the next digest for daily ones.</param>
    public static AlertMessage About(Guid subscriptionId, string releaseId, int revisionNumber, AlertKind kind, DateTime nowUtc, DateTime dueUtc) =>
        New(subscriptionId, releaseId, revisionNumber, kind, nowUtc, dueUtc);

    /// <summary>Claims the row for one sending attempt: until <paramref name="leaseUntilUtc"/> nobody else sends it; if this node dies, it is sent then.</summary>
    public void Claim(DateTime leaseUntilUtc)
    {
        Attempts++;
        DueUtc = leaseUntilUtc;
    }

    public void MarkSent(DateTime nowUtc)
    {
        SentUtc = nowUtc;
        DueUtc = null;
        LastError = null;
    }

    /// <summary>Nothing to send any more (the release was withdrawn, the address unsubscribed); kept as a record.</summary>
    public void Drop(string reason)
    {
        DueUtc = null;
        LastError = reason;
    }

    /// <summary>Retries after 1, 2, 4 … minutes, at most 6 hours apart; gives up after <see cref="MaxAttempts"/>.</summary>
    public void MarkFailed(string error, DateTime nowUtc)
    {
        LastError = error.Length > 500 ? error[..500] : error;
        DueUtc = Attempts >= MaxAttempts ? null : nowUtc + Backoff(Attempts);
    }

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Max(0, attempts - 1)), 360));

    private static AlertMessage New(Guid subscriptionId, string releaseId, int revisionNumber, AlertKind kind, DateTime nowUtc, DateTime dueUtc) => new()
    {
        Id = Guid.NewGuid(),
        SubscriptionId = subscriptionId,
        ReleaseId = releaseId,
        RevisionNumber = revisionNumber,
        Kind = kind,
        CreatedUtc = nowUtc,
        DueUtc = dueUtc,
    };
}
