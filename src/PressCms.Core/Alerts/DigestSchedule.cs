namespace PressCms.Core.Alerts;

/// <summary>Daily digests go out once a day at a set hour of the newsroom's local time.</summary>
public static class DigestSchedule
{
    /// <summary>The first digest time strictly after <paramref name="nowUtc"/>.</summary>
    public static DateTime NextUtc(DateTime nowUtc, TimeZoneInfo zone, int hour)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone);
        var candidate = local.Date.AddHours(hour);
        if (candidate <= local)
        {
            candidate = candidate.AddDays(1);
        }
        // A digest hour that falls in a clock change's gap is taken an hour later.
        while (zone.IsInvalidTime(candidate))
        {
            candidate = candidate.AddHours(1);
        }
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(candidate, DateTimeKind.Unspecified), zone);
    }
}
