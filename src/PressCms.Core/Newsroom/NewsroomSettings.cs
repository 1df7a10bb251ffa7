namespace PressCms.Core.Newsroom;

/// <summary>The one row of site-wide settings, written by setup and the newsroom recipe step.</summary>
public sealed class NewsroomSettings
{
    public const int SingletonId = 1;
    public const string DefaultTheme = "Newsroom";

    public int Id { get; private set; } = SingletonId;
    public string Name { get; set; } = "Police newsroom";
    public string BaseUrl { get; set; } = "http://localhost:5000";
    public string TimeZone { get; set; } = "Europe/London";
    public string Culture { get; set; } = "en-GB";
    public string Theme { get; set; } = DefaultTheme;
    public string? Boilerplate { get; set; }
    public string? BoilerplateHtml { get; set; }
    public List<MediaContact> MediaContacts { get; set; } = [];
    public DateTime? SetUpUtc { get; set; }

    /// <summary>
    /// A new random value, in the same transaction, whenever anything public pages or feeds show
    /// changes: a public release, a category, operation, unit or area name, an image's credit or
    /// its removal, these settings. Every page's and feed's ETag includes it.
    /// </summary>
    public string PublicStamp { get; set; } = "";

    /// <summary>
    /// A new random value whenever a release's times or state change, public or not (an embargoed
    /// approval, a new take-down time): the instants at which the clock alone changes public
    /// output are read again when it moves.
    /// </summary>
    public string ScheduleStamp { get; set; } = "";

    /// <summary>When <see cref="PublicStamp"/> was last renewed: part of feeds' and pages' Last-Modified.</summary>
    public DateTime? PublicStampUtc { get; set; }

    public TimeZoneInfo FindTimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
