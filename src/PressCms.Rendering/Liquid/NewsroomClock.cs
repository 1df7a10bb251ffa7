using System.Globalization;
using PressCms.Core.Newsroom;

namespace PressCms.Rendering.Liquid;

/// <summary>
/// Formats instants and dates the way the newsroom writes them: in its own time zone and culture
/// ("26 May 2020, 10:00"), while machine-readable values stay ISO 8601 UTC.
/// </summary>
internal sealed class NewsroomClock(TimeZoneInfo zone, CultureInfo culture)
{
    public CultureInfo Culture { get; } = culture;

    public static NewsroomClock For(NewsroomSettings settings) =>
        new(settings.FindTimeZone(), FindCulture(settings.Culture));

    public static string Iso(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public string Display(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone)
            .ToString("d MMMM yyyy, HH:mm", Culture);

    public string DisplayDate(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>"18 to 23 May 2020", "28 April to 3 May 2020", or one date when there is no end.</summary>
    public string DisplayRange(DateOnly from, DateOnly? to)
    {
        if (to is not { } end || end == from)
        {
            return DisplayDate(from);
        }
        var start = from.Year != end.Year ? DisplayDate(from)
            : from.Month != end.Month ? from.ToString("d MMMM", Culture)
            : from.Day.ToString(Culture);
        return $"{start} to {DisplayDate(end)}";
    }

    /// <summary>Whole numbers with group separators ("1,234"), fractions as written ("2.5").</summary>
    public string Number(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("#,##0", Culture) : value.ToString("#,##0.##########", Culture);

    private static CultureInfo FindCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
