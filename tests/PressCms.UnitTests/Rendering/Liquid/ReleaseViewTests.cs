using PressCms.Core.Releases;
using PressCms.Rendering.Liquid;
using PressCms.UnitTests.Rendering.Themes;

namespace PressCms.UnitTests.Rendering.Liquid;

public sealed class ReleaseViewTests
{
    [Theory]
    [InlineData("2020-05-18", "2020-05-23", "18 to 23 May 2020")]
    [InlineData("2020-04-28", "2020-05-03", "28 April to 3 May 2020")]
    [InlineData("2019-12-28", "2020-01-03", "28 December 2019 to 3 January 2020")]
    [InlineData("2020-03-23", null, "23 March 2020")]
    [InlineData("2020-03-23", "2020-03-23", "23 March 2020")]
    public void Should_write_key_dates_as_the_newsroom_does(string from, string? to, string expected)
    {
        var date = new KeyDate("Operation ran", DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to));

        var view = View(Legatum.Content("dates") with { KeyDates = [date] });

        Assert.Equal(expected, view.KeyDates.Single().Display);
        Assert.Equal(from, view.KeyDates.Single().From);
    }

    [Theory]
    [InlineData("38", "38")]
    [InlineData("1234", "1,234")]
    [InlineData("2.5", "2.5")]
    [InlineData("0", "0")]
    public void Should_write_figures_with_group_separators_and_no_trailing_zeros(string value, string expected)
    {
        var figure = new Figure("Suspects arrested", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        var view = View(Legatum.Content("figures") with { Figures = [figure] });

        Assert.Equal(expected, view.Figures.Single().ValueDisplay);
    }

    [Fact]
    public void Should_show_publication_time_in_the_newsrooms_time_zone()
    {
        var summer = View(Legatum.Content("summer"));
        var winter = View(Legatum.Content("winter"), new DateTime(2025, 1, 22, 11, 15, 0, DateTimeKind.Utc));

        Assert.Equal("2020-05-26T09:00:00Z", summer.Published);
        Assert.Equal("26 May 2020, 10:00", summer.PublishedDisplay);
        Assert.Equal("22 January 2025, 11:15", winter.PublishedDisplay);
        Assert.False(summer.IsUpdated);
    }

    [Fact]
    public void Should_resolve_taxonomy_names_and_absolute_links()
    {
        var view = View(Legatum.Content("operation-legatum-38-arrested"));

        Assert.Equal("http://127.0.0.1:5123/news/operation-legatum-38-arrested", view.Url);
        Assert.Equal("/news/operation-legatum-38-arrested", view.Path);
        Assert.Equal(new LinkView("operation-legatum", "Operation Legatum", "/operations/operation-legatum", "http://127.0.0.1:5123/operations/operation-legatum"), view.Operation);
        Assert.Equal("/units/ocsae", view.Unit!.Path);
        Assert.Equal("/areas/london", view.Area!.Path);
        Assert.Equal("Child protection", view.Categories.Single().Name);
        Assert.Equal($"http://127.0.0.1:5123/media/{Legatum.PhotoId}/1600.jpg", view.LeadImage!.Src);
    }

    [Theory]
    [InlineData("https://tracker.example.net/pixel.gif")]
    [InlineData("media/legatum.jpg")]
    public void Should_not_show_an_image_that_is_not_the_librarys(string src)
    {
        var content = Legatum.Content("outside-image");
        var view = View(content with { LeadImage = content.LeadImage! with { Src = src }, Gallery = [content.LeadImage with { Src = src }] });

        Assert.Null(view.LeadImage);
        Assert.Empty(view.Gallery);
    }

    [Fact]
    public void Should_fall_back_to_the_slug_for_an_unknown_term()
    {
        var view = View(Legatum.Content("unknown-term") with { Categories = ["not-in-taxonomy"] });

        Assert.Equal("not-in-taxonomy", view.Categories.Single().Name);
    }

    [Theory]
    [InlineData("/", 1, false, null, null)]
    [InlineData("/", 1, true, null, "/?page=2")]
    [InlineData("/", 2, true, "/", "/?page=3")]
    [InlineData("/areas/london", 3, false, "/areas/london?page=2", null)]
    public void Should_link_newer_and_older_pages(string path, int page, bool hasOlder, string? newer, string? older)
    {
        var paging = PagingView.For(path, page, hasOlder);

        Assert.Equal(newer, paging.NewerUrl);
        Assert.Equal(older, paging.OlderUrl);
    }

    private static ReleaseView View(ReleaseContent content, DateTime? publishedUtc = null)
    {
        var release = ReleasePageTests.Create(content);
        if (publishedUtc is { } at)
        {
            release.PublishAsOf(at);
        }
        return ReleaseView.From(release, Legatum.Live(release), Legatum.Names(), Legatum.Settings(), Legatum.BaseUrl, media: Legatum.Media());
    }
}
