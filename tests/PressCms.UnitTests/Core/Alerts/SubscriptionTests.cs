using PressCms.Core.Alerts;
using PressCms.Core.Taxonomy;

namespace PressCms.UnitTests.Core.Alerts;

public sealed class SubscriptionTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    private static Subscription New() => Subscription.Create(" Reporter@Example-News.co.uk ", Topic.All, AlertFrequency.Immediate, "hash", "sealed", Now);

    [Fact]
    public void Should_store_the_address_in_lower_case_so_one_address_has_one_subscription_per_topic() =>
        Assert.Equal("reporter@example-news.co.uk", New().Email);

    [Fact]
    public void Should_stay_off_until_confirmed_and_stop_for_good_when_unsubscribed()
    {
        var subscription = New();
        Assert.True(subscription.RequestConfirmation(AlertFrequency.Immediate, Now));
        Assert.False(subscription.IsActive);

        Assert.True(subscription.Confirm(Now.AddMinutes(5)));
        Assert.True(subscription.IsActive);
        Assert.False(subscription.Confirm(Now.AddMinutes(6)));

        subscription.Unsubscribe(Now.AddDays(1));
        subscription.Unsubscribe(Now.AddDays(2));
        Assert.False(subscription.IsActive);
        Assert.Equal(Now.AddDays(1), subscription.UnsubscribedUtc);
        Assert.False(subscription.Confirm(Now.AddDays(3)));
    }

    [Fact]
    public void Should_ask_for_confirmation_again_only_after_an_hour_so_the_form_cannot_flood_an_inbox()
    {
        var subscription = New();
        Assert.True(subscription.RequestConfirmation(AlertFrequency.Immediate, Now));
        Assert.False(subscription.RequestConfirmation(AlertFrequency.Immediate, Now.AddMinutes(59)));
        Assert.True(subscription.RequestConfirmation(AlertFrequency.Daily, Now.AddHours(1)));
        Assert.Equal(2, subscription.ConfirmationsRequested);
    }

    [Fact]
    public void Should_need_a_new_confirmation_to_come_back_after_unsubscribing()
    {
        var subscription = New();
        subscription.RequestConfirmation(AlertFrequency.Immediate, Now);
        subscription.Confirm(Now);
        Assert.False(subscription.RequestConfirmation(AlertFrequency.Immediate, Now.AddDays(1)));
        subscription.Unsubscribe(Now.AddDays(1));

        Assert.True(subscription.RequestConfirmation(AlertFrequency.Daily, Now.AddDays(1)));
        Assert.Null(subscription.ConfirmedUtc);
        Assert.Null(subscription.UnsubscribedUtc);
        Assert.False(subscription.IsActive);
    }

    [Fact]
    public void Should_look_tokens_up_by_their_sha256_only() =>
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", Subscription.HashToken("hello"));
}
