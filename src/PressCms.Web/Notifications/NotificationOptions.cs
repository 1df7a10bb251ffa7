using System.ComponentModel.DataAnnotations;

namespace PressCms.Web.Notifications;

/// <summary>The "PressCms:Notifications" section: how often go-live work runs and when emergencies are escalated.</summary>
public sealed class NotificationOptions
{
    public const string Section = "PressCms:Notifications";

    /// <summary>How often each node looks for releases that went live; zero turns the background loop off on this node.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan GoLiveInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Approvers are emailed once when an emergency publication has waited this long for retrospective approval.</summary>
    [Range(0.01, 24 * 30)]
    public double EmergencyApprovalHours { get; set; } = 4;

    public TimeSpan EmergencyApprovalWait => TimeSpan.FromHours(EmergencyApprovalHours);
}
