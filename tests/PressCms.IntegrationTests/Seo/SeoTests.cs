using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Seo;

public sealed partial class SeoTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    [Fact]
    public async Task Should_list_live_releases_in_the_sitemaps_and_never_an_embargoed_one()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var admin = await factory.SignInAsync();
        using var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        var live = await admin.CreateDraftAsync(f => { f["Input.Headline"] = "Published this morning"; f["Input.Slug"] = "published-this-morning"; });
        await admin.PublishThroughReviewAsync(approver, live);
        var embargoed = await admin.CreateDraftAsync(f => { f["Input.Headline"] = "Under embargo"; f["Input.Slug"] = "under-embargo"; });
        await admin.PublishThroughReviewAsync(approver, embargoed, new()
        {
            ["Timing"] = "at", ["PublishDate.Day"] = "30", ["PublishDate.Month"] = "11", ["PublishDate.Year"] = "2026", ["PublishTime"] = "09:00",
        });
        using var client = factory.Anonymous();

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var news = XDocument.Parse(await client.GetStringAsync("/news-sitemap.xml"));
        var robots = await client.GetStringAsync("/robots.txt");

        var locations = sitemap.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Contains("http://localhost/news/operation-legatum-38-arrested", locations);
        Assert.Contains("http://localhost/operations/operation-legatum", locations);
        Assert.Contains("http://localhost/news/published-this-morning", locations);
        Assert.DoesNotContain(locations, l => l.Contains("under-embargo", StringComparison.Ordinal));
        var newsTitles = news.Descendants(News + "title").Select(t => t.Value).ToList();
        Assert.Equal(["Published this morning"], newsTitles);
        Assert.Contains("Disallow: /admin", robots);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task Should_describe_a_release_page_as_a_news_article_for_search_engines()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();

        var page = await factory.Anonymous().GetStringAsync("/news/operation-legatum-38-arrested");

        var json = JsonLdPattern().Match(page);
        Assert.True(json.Success, "the page carries JSON-LD");
        using var document = JsonDocument.Parse(json.Groups[1].Value);
        var article = document.RootElement;
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal("38 suspected online groomers arrested in London", article.GetProperty("headline").GetString());
        Assert.Equal("2020-05-26T09:00:00Z", article.GetProperty("datePublished").GetString());
        Assert.Equal("London", article.GetProperty("contentLocation").GetProperty("name").GetString());
        Assert.Contains("<meta property=\"og:title\"", page);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();
}
