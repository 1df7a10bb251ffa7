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
    /// A new random value whenever something feeds show changes outside a release: a category,
    /// operation, unit or area name, an image's credit or its removal, these settings. Feed
    /// validators include it, so a reader never keeps a copy with a removed image.
    /// </summary>
    public string PublicStamp { get; set; } = "";

    /// <summary>When <see cref="PublicStamp"/> was last renewed: part of feeds' and pages' Last-Modified.</summary>
    public DateTime? PublicStampUtc { get; set; }

    public TimeZoneInfo FindTimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
