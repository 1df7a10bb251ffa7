using PressCms.Core.Alerts;

namespace PressCms.UnitTests.Core.Alerts;

public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Theory]
    [InlineData("2026-11-28T09:00:00Z", 7, "2026-11-29T07:00:00Z")]
    [InlineData("2026-11-28T06:59:00Z", 7, "2026-11-28T07:00:00Z")]
    [InlineData("2026-11-28T07:00:00Z", 7, "2026-11-29T07:00:00Z")]
    [InlineData("2026-07-01T09:00:00Z", 7, "2026-07-02T06:00:00Z")]
    [InlineData("2026-03-28T12:00:00Z", 1, "2026-03-29T01:00:00Z")]
    public void Should_send_the_digest_at_the_next_digest_hour_in_newsroom_time(string now, int hour, string expected) =>
        Assert.Equal(DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal),
            DigestSchedule.NextUtc(DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal), London, hour));
}
