using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Feeds;

public sealed class FollowLinksTests
{
    [Theory]
    [InlineData("/categories/child-protection", "/feeds/categories/child-protection.rss", "topic=category:child-protection")]
    [InlineData("/operations/operation-legatum", "/feeds/operations/operation-legatum.rss", "topic=operation:operation-legatum")]
    [InlineData("/areas/london", "/feeds/areas/london.rss", "topic=area:london")]
    public async Task Should_offer_the_topic_feed_and_email_alerts_on_a_listing_and_both_must_work(string listing, string feed, string topic)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();

        var page = await client.GetStringAsync(listing);

        Assert.Contains($"href=\"{feed}\"", page);
        Assert.Contains($"/alerts/subscribe?{topic}", page);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(feed)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/alerts/subscribe?{topic}")).StatusCode);
    }

    [Fact]
    public async Task Should_link_every_feed_on_the_feeds_page_to_its_email_alerts()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();

        var page = await client.GetStringAsync("/feeds");

        Assert.Contains("/alerts/subscribe?topic=all", page);
        Assert.Contains("/alerts/subscribe?topic=category%3Achild-protection", page);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/alerts/subscribe?topic=category%3Achild-protection")).StatusCode);
    }
}
