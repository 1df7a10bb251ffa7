using System.ComponentModel.DataAnnotations;

namespace PressCms.Web.Alerts;

/// <summary>The "PressCms:Alerts" section: how often the outbox is sent, how fast, and when daily digests go.</summary>
public sealed class AlertOptions
{
    public const string Section = "PressCms:Alerts";

    /// <summary>How often each node sends due alerts; zero turns the background loop off on this node.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>At most this many alert emails a minute from each node, so the relay is not flooded when a big story breaks.</summary>
    [Range(1, 10_000)]
    public int MaxPerMinute { get; set; } = 60;

    /// <summary>The hour (0–23, newsroom local time) daily digests go out.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 7;

    /// <summary>Corrections published this long ago are still queued if a node missed them (it was down, or crashed after the save).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan CorrectionLookback { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A subscription nobody confirmed is deleted this long after its last confirmation email.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "90.00:00:00")]
    public TimeSpan UnconfirmedRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>An unsubscribed address is deleted this long after it unsubscribed.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan UnsubscribedRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Sent, dropped and abandoned alerts are deleted this long after they were queued; longer than any <see cref="CorrectionLookback"/>.</summary>
    [Range(typeof(TimeSpan), "8.00:00:00", "3650.00:00:00")]
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(90);
}
