namespace PressCms.Core.Alerts;

public enum AlertFrequency
{
    /// <summary>One email per release as it goes live.</summary>
    Immediate,

    /// <summary>One email a day collecting every release since the last.</summary>
    Daily,
}
