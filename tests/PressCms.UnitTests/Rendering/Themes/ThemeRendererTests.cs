using System.Text.RegularExpressions;
using PressCms.Rendering.Liquid;
using PressCms.Rendering.Themes;

namespace PressCms.UnitTests.Rendering.Themes;

public sealed class ThemeRendererTests
{
    private static readonly ThemeRenderer Theme = ThemeRenderer.Load(RepoFolders.NewsroomTheme());
    private static readonly SiteView Site = SiteView.From(Legatum.Settings(), Legatum.BaseUrl);

    public static TheoryData<string> Pages() => ["home", "release", "listing", "not-found", "error"];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Should_wrap_every_page_in_the_layout_with_feed_autodiscovery(string name)
    {
        var html = RenderPage(name);

        Assert.StartsWith("<!doctype html>", html);
        Assert.Single(Regex.Matches(html, "<html"));
        Assert.Contains("<html lang=\"en-GB\">", html);
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Metropolitan Police newsroom (RSS)\" href=\"http://127.0.0.1:5123/feeds/releases.rss\">", html);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Metropolitan Police newsroom (Atom)\" href=\"http://127.0.0.1:5123/feeds/releases.atom\">", html);
        Assert.Contains("<meta name=\"viewport\"", html);
        Assert.Contains("<a class=\"skip-link\" href=\"#content\">", html);
        Assert.Contains("<main id=\"content\"", html);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/themes/Newsroom/assets/site.css\\?v=[0-9a-f]+\">", html);
    }

    [Fact]
    public void Should_version_asset_urls_by_their_content()
    {
        Assert.Matches("^/themes/Newsroom/assets/site.css\\?v=[0-9a-f]{12}$", Theme.AssetUrl("site.css"));
    }

    [Fact]
    public void Should_change_the_asset_version_when_the_file_changes()
    {
        using var theme = new TempTheme().With("assets/site.css", "body { color: #000; }");

        Assert.NotEqual(Theme.AssetUrl("site.css"), ThemeRenderer.Load(theme.Directory).AssetUrl("site.css"));
    }

    [Fact]
    public void Should_link_newer_and_older_pages_of_the_home_page()
    {
        var html = Theme.RenderHome(Site, [Summary()], PagingView.For("/", 2, hasOlder: true));

        Assert.Contains("<h1>Latest news and appeals</h1>", html);
        Assert.Contains("<a rel=\"prev\" href=\"/\">Newer releases</a>", html);
        Assert.Contains("<a rel=\"next\" href=\"/?page=3\">Older releases</a>", html);
        Assert.Contains("<a href=\"/news/operation-legatum-38-arrested\">38 suspected online groomers arrested in London</a>", html);
    }

    [Fact]
    public void Should_show_no_paging_on_a_single_page()
    {
        var html = Theme.RenderHome(Site, [Summary()], PagingView.For("/", 1, hasOlder: false));

        Assert.DoesNotContain("class=\"paging\"", html);
    }

    [Fact]
    public void Should_list_an_operations_releases_with_its_description()
    {
        var listing = new ListingView("Operation Legatum", "operation", "operation-legatum", "/operations/operation-legatum",
            "<p>A week of action against online grooming.</p>", [Summary()], PagingView.For("/operations/operation-legatum", 1, hasOlder: true));

        var html = Theme.RenderListing(Site, listing);

        Assert.Contains("<h1>Operation Legatum</h1>", html);
        Assert.Contains("<p>A week of action against online grooming.</p>", html);
        Assert.Contains("href=\"/news/operation-legatum-38-arrested\"", html);
        Assert.Contains("href=\"/operations/operation-legatum?page=2\"", html);
        Assert.Contains("<title>Operation Legatum | Metropolitan Police newsroom</title>", html);
    }

    [Fact]
    public void Should_use_the_release_kind_template_when_the_theme_has_one()
    {
        using var theme = new TempTheme().With("templates/release-operation-update.liquid", "<p>Kind template: {{ release.headline }}</p>");

        var html = ReleasePageTests.Render(Legatum.Create(), ThemeRenderer.Load(theme.Directory));

        Assert.Contains("<p>Kind template: 38 suspected online groomers arrested in London</p>", html);
        Assert.Contains("<!doctype html>", html);
    }

    [Fact]
    public void Should_prefer_the_release_slug_template_over_the_kind_template()
    {
        using var theme = new TempTheme()
            .With("templates/release-operation-update.liquid", "kind")
            .With("templates/release-operation-legatum-38-arrested.liquid", "<p>Slug template</p>");

        var html = ReleasePageTests.Render(Legatum.Create(), ThemeRenderer.Load(theme.Directory));

        Assert.Contains("<p>Slug template</p>", html);
    }

    [Fact]
    public void Should_fall_back_to_the_release_template_for_other_kinds()
    {
        using var theme = new TempTheme().With("templates/release-appeal.liquid", "<p>Appeal template</p>");

        var html = ReleasePageTests.Render(Legatum.Create(), ThemeRenderer.Load(theme.Directory));

        Assert.DoesNotContain("Appeal template", html);
        Assert.Contains("class=\"release release-operation-update\"", html);
    }

    [Fact]
    public void Should_name_the_file_when_a_template_does_not_parse()
    {
        using var theme = new TempTheme().With("partials/broken.liquid", "{% if release.headline %}never closed");

        var error = Assert.Throws<ThemeException>(() => ThemeRenderer.Load(theme.Directory));

        Assert.Contains("partials/broken.liquid", error.Message);
    }

    [Fact]
    public void Should_refuse_a_theme_without_a_layout()
    {
        using var theme = new TempTheme();
        File.Delete(Path.Combine(theme.Directory, "layouts", "default.liquid"));

        var error = Assert.Throws<ThemeException>(() => ThemeRenderer.Load(theme.Directory));

        Assert.Contains("layouts/default.liquid", error.Message);
    }

    [Fact]
    public void Should_stop_a_template_that_loops_without_end()
    {
        using var theme = new TempTheme().With("templates/not-found.liquid", "{% for i in (1..10000000) %}x{% endfor %}");
        var renderer = ThemeRenderer.Load(theme.Directory);

        Assert.ThrowsAny<InvalidOperationException>(() => renderer.RenderNotFound(Site));
    }

    [Fact]
    public void Should_render_pages_concurrently_with_one_renderer()
    {
        var release = Legatum.Create();
        var expected = ReleasePageTests.Render(release, Theme);

        var pages = new string[32];
        Parallel.For(0, pages.Length, i => pages[i] = ReleasePageTests.Render(release, Theme));

        Assert.All(pages, page => Assert.Equal(expected, page));
    }

    private static string RenderPage(string name) => name switch
    {
        "home" => Theme.RenderHome(Site, [Summary()], PagingView.Single),
        "release" => ReleasePageTests.Render(Legatum.Create(), Theme),
        "listing" => Theme.RenderListing(Site, new ListingView("Child protection", "category", "child-protection", "/categories/child-protection", null, [Summary()], PagingView.Single)),
        "not-found" => Theme.RenderNotFound(Site),
        _ => Theme.RenderError(Site),
    };

    private static ReleaseSummaryView Summary()
    {
        var release = Legatum.Create();
        return ReleaseSummaryView.From(release, Legatum.Live(release), Legatum.Settings(), Legatum.BaseUrl);
    }
}
