namespace PressCms.Core.Alerts;

public enum AlertKind
{
    /// <summary>Asks the address's owner to confirm the subscription (double opt-in).</summary>
    Confirm,

    /// <summary>A release went live.</summary>
    GoLive,

    /// <summary>A live release was corrected; the email says so and quotes the correction note.</summary>
    Correction,
}
