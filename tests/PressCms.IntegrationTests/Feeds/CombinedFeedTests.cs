using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Taxonomy;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Feeds;

/// <summary>
/// Feeds of several facets at once ("child protection in London"), on the newsroom recipe: Legatum is
/// the only child protection release in London; Hackney has a drugs charge and a wanted appeal.
/// </summary>
public sealed class CombinedFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string ChildProtectionInLondon = "/feeds/releases.atom?category=child-protection&area=london";

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_hold_only_releases_that_match_every_facet(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();

        var feed = XDocument.Parse(await client.GetStringAsync(ChildProtectionInLondon)).Root!;
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.EndsWith(":release:met-2020-05-operation-legatum", entry.Element(Atom + "id")!.Value, StringComparison.Ordinal);
        Assert.Equal("Test newsroom: Child protection in London", feed.Element(Atom + "title")!.Value);
        Assert.Equal("http://localhost" + ChildProtectionInLondon, Link(feed, "self"));
        Assert.Equal("http://localhost/categories/child-protection", Link(feed, "alternate"));

        Assert.Equal(["Appeal to find Corin Waverley, wanted after failing to appear at court", "Man charged with drug supply offences in Hackney"],
            Titles(await client.GetStringAsync("/feeds/releases.json?category=drugs&area=hackney")).Order());
        Assert.Equal(["Appeal to find Corin Waverley, wanted after failing to appear at court"],
            Titles(await client.GetStringAsync("/feeds/releases.json?category=appeals&area=hackney")));
        Assert.Equal(["Appeal to find Corin Waverley, wanted after failing to appear at court"],
            Titles(await client.GetStringAsync("/feeds/releases.json?category=appeals&operation=operation-brightwater&area=hackney&kind=wanted")));
        Assert.Empty(Titles(await client.GetStringAsync("/feeds/releases.json?category=child-protection&area=hackney")));
        var rss = XDocument.Parse(await client.GetStringAsync("/feeds/releases.rss?category=appeals&area=hackney")).Root!;
        Assert.Single(rss.Element("channel")!.Elements("item"));
    }

    [Theory]
    [InlineData("/feeds/releases.atom?area=london&category=child-protection", ChildProtectionInLondon)]
    [InlineData("/feeds/categories/child-protection.atom?area=london", ChildProtectionInLondon)]
    [InlineData("/feeds/areas/london.atom?category=child-protection", ChildProtectionInLondon)]
    [InlineData("/feeds/releases.atom?category=child-protection&area=london&utm_source=newsletter", ChildProtectionInLondon)]
    [InlineData("/feeds/releases.rss?area=london", "/feeds/areas/london.rss")]
    [InlineData("/feeds/releases.json?area=london&area=london", "/feeds/areas/london.json")]
    [InlineData("/feeds/releases.rss?utm_source=x", "/feeds/releases.rss")]
    [InlineData("/feeds/releases.rss?category=", "/feeds/releases.rss")]
    [InlineData("/feeds/releases/archive/1.atom?kind=appeal", "/feeds/kinds/appeal/archive/1.atom")]
    public async Task Should_move_every_spelling_of_a_feed_permanently_to_its_one_address(string asked, string address)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();

        using var response = await factory.Anonymous().GetAsync(asked);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(address, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/feeds/releases.rss?area=london&area=hackney", "area: a topic follows one area at a time, not both london and hackney")]
    [InlineData("/feeds/categories/child-protection.rss?category=drugs", "category: a topic follows one category at a time, not both child-protection and drugs")]
    [InlineData("/feeds/releases.rss?area=Hackney%20Wick", "area: \"Hackney Wick\" is not a valid address name")]
    [InlineData("/feeds/releases.rss?categroy=drugs&area=hackney", "categroy is not something a feed can be narrowed by; use category, operation, unit, area, kind")]
    [InlineData("/feeds/releases.rss?category=child-protection&amp;area=london", "amp;area: the address has \"&amp;\" where it should have \"&\"")]
    public async Task Should_say_what_is_wrong_with_a_combination_that_cannot_be(string asked, string message)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();

        using var response = await factory.Anonymous().GetAsync(asked);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feeds/releases.rss?category=child-protection&area=atlantis")]
    [InlineData("/feeds/areas/london.rss?kind=no-such-kind")]
    [InlineData("/feeds/releases/archive/1.atom?category=child-protection&area=london")]
    public async Task Should_answer_404_when_any_part_names_nothing(string asked)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync(asked)).StatusCode);
    }

    [Fact]
    public async Task Should_advertise_the_hub_only_on_feeds_the_site_pings()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        const string hubUrl = "http://127.0.0.1:9/hub/";
        using var client = factory.WithWebHostBuilder(b => b.UseSetting("PressCms:Feeds:HubUrl", hubUrl))
            .CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(hubUrl, Link(XDocument.Parse(await client.GetStringAsync("/feeds/areas/london.atom")).Root!, "hub"));
        Assert.Null(Link(XDocument.Parse(await client.GetStringAsync(ChildProtectionInLondon)).Root!, "hub"));
        Assert.DoesNotContain("hubs", await client.GetStringAsync("/feeds/releases.json?category=child-protection&area=london"));
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_change_the_validators_and_content_when_a_name_the_feed_shows_changes(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        using var before = await client.GetAsync(ChildProtectionInLondon);
        Assert.Contains(">Child protection<", await before.Content.ReadAsStringAsync());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            (await db.Terms.SingleAsync(t => t.Kind == TermKind.Category && t.Slug == "child-protection")).Name = "Safeguarding children";
            await db.SaveChangesAsync();
        }
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, ChildProtectionInLondon);
        revalidate.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        var body = await after.Content.ReadAsStringAsync();
        Assert.Contains("Test newsroom: Safeguarding children in London", body);
        Assert.DoesNotContain(">Child protection<", body);
    }

    [Fact]
    public async Task Should_build_a_combined_feed_on_the_feeds_page_with_its_email_alerts()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();

        var page = await client.GetStringAsync("/feeds?category=child-protection&operation=&unit=&area=london&kind=");

        Assert.Contains("Your feed: Child protection in London", page);
        Assert.Contains("http://localhost/feeds/releases.rss?category=child-protection&amp;area=london", page);
        Assert.Contains("http://localhost/feeds/releases.json?category=child-protection&amp;area=london", page);
        Assert.Contains("/alerts/subscribe?topic=category%3Achild-protection%2Carea%3Alondon", page);
        Assert.Contains("<option value=\"london\" selected>", page);
        Assert.Contains("<option value=\"child-protection\" selected>", page);
        var alerts = await client.GetStringAsync("/alerts/subscribe?topic=category%3Achild-protection%2Carea%3Alondon");
        Assert.Contains("Child protection in London", alerts);

        var none = await client.GetStringAsync("/feeds");
        Assert.DoesNotContain("Your feed:", none);
        Assert.DoesNotContain("There is a problem", none);
        var wrong = await client.GetStringAsync("/feeds?area=london&area=hackney");
        Assert.Contains("There is a problem:</strong> area: a topic follows one area at a time", wrong);
        Assert.DoesNotContain("Your feed:", wrong);
    }

    private static string? Link(XElement feed, string rel) =>
        feed.Elements(Atom + "link").FirstOrDefault(l => l.Attribute("rel")!.Value == rel)?.Attribute("href")!.Value;

    private static List<string> Titles(string jsonFeed)
    {
        using var document = JsonDocument.Parse(jsonFeed);
        return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];
    }
}
