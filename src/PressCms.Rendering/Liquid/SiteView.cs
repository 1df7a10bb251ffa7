using PressCms.Core.Newsroom;

namespace PressCms.Rendering.Liquid;

/// <summary>The newsroom as templates and feeds see it. BaseUrl is the request's origin, without a trailing slash.</summary>
public sealed record SiteView(
    string Name,
    string BaseUrl,
    string? BoilerplateHtml,
    IReadOnlyList<MediaContactView> MediaContacts,
    string TimeZone,
    string Culture,
    string RssUrl,
    string AtomUrl,
    int Year)
{
    public const string RssPath = "/feeds/releases.rss";
    public const string AtomPath = "/feeds/releases.atom";

    /// <param name="nowUtc">Only for the footer's year; Web passes its TimeProvider's time.</param>
    public static SiteView From(NewsroomSettings settings, string baseUrl, DateTime? nowUtc = null)
    {
        var origin = baseUrl.TrimEnd('/');
        var contacts = new MediaContactView[settings.MediaContacts.Count];
        for (var i = 0; i < contacts.Length; i++)
        {
            var c = settings.MediaContacts[i];
            contacts[i] = new MediaContactView(c.Name, c.Phone, c.Email, c.Hours);
        }
        var year = TimeZoneInfo.ConvertTimeFromUtc(nowUtc ?? DateTime.UtcNow, settings.FindTimeZone()).Year;
        return new SiteView(settings.Name, origin, settings.BoilerplateHtml, contacts, settings.TimeZone,
            settings.Culture, origin + RssPath, origin + AtomPath, year);
    }
}

public sealed record MediaContactView(string Name, string? Phone, string? Email, string? Hours);
