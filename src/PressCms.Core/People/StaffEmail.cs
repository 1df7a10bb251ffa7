using PressCms.Core.Alerts;

namespace PressCms.Core.People;

/// <summary>
/// A notice to a member of staff in the outbox, written once the decision it reports is committed:
/// sent at once, and while the mail server is away retried with the alerts' backoff, for about a
/// day (<see cref="MaxAttempts"/>), then given up and kept as a record.
/// </summary>
public sealed class StaffEmail
{
    /// <summary>With backoff of 1, 2, 4 … minutes capped at 6 hours: the last try is about 20 hours after the first.</summary>
    public const int MaxAttempts = 12;

    private StaffEmail()
    {
    }

    public Guid Id { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    /// <summary>When it may next be sent; null once sent or given up.</summary>
    public DateTime? DueUtc { get; private set; }
    public DateTime? SentUtc { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    public bool IsGivenUp => DueUtc is null && SentUtc is null;

    public static StaffEmail Queue(string to, string subject, string body, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(), To = to, Subject = subject, Body = body, CreatedUtc = nowUtc, DueUtc = nowUtc,
    };

    /// <summary>Claims the email for one attempt: until <paramref name="leaseUntilUtc"/> nobody else sends it; if this node dies, it is sent then.</summary>
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

    public void MarkFailed(string error, DateTime nowUtc)
    {
        LastError = error.Length > 500 ? error[..500] : error;
        DueUtc = Attempts >= MaxAttempts ? null : nowUtc + AlertMessage.Backoff(Attempts);
    }
}
