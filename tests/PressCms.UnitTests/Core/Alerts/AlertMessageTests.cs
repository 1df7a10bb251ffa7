using PressCms.Core.Alerts;

namespace PressCms.UnitTests.Core.Alerts;

public sealed class AlertMessageTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(7, 64)]
    [InlineData(20, 360)]
    public void Should_back_off_exponentially_up_to_six_hours(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), AlertMessage.Backoff(attempts));

    [Fact]
    public void Should_retry_a_failure_later_and_give_up_after_the_last_attempt()
    {
        var message = AlertMessage.About(Guid.NewGuid(), "legatum", 1, AlertKind.GoLive, Now, Now);
        message.Claim(Now.AddMinutes(5));
        message.MarkFailed("relay refused", Now);
        Assert.Equal(Now.AddMinutes(1), message.DueUtc);

        for (var i = 1; i < AlertMessage.MaxAttempts; i++)
        {
            message.Claim(Now.AddMinutes(5));
            message.MarkFailed("relay refused", Now);
        }
        Assert.Null(message.DueUtc);
        Assert.Null(message.SentUtc);
        Assert.Equal("relay refused", message.LastError);
    }

    [Fact]
    public void Should_be_due_again_when_the_lease_of_a_node_that_died_runs_out()
    {
        var message = AlertMessage.About(Guid.NewGuid(), "legatum", 1, AlertKind.GoLive, Now, Now);
        message.Claim(Now.AddMinutes(5));
        Assert.Equal(Now.AddMinutes(5), message.DueUtc);
        message.MarkSent(Now.AddMinutes(1));
        Assert.Null(message.DueUtc);
    }
}
