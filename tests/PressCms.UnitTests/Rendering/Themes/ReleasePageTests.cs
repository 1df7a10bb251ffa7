using PressCms.Core.Releases;
using PressCms.Rendering.Liquid;
using PressCms.Rendering.Markdown;
using PressCms.Rendering.Themes;

namespace PressCms.UnitTests.Rendering.Themes;

public sealed class ReleasePageTests
{
    private static readonly ThemeRenderer Theme = ThemeRenderer.Load(RepoFolders.NewsroomTheme());

    [Fact]
    public void Should_show_every_structured_field_of_the_legatum_release()
    {
        var html = Render(Legatum.Create());

        string[] expected =
        [
            "<p class=\"release-kind\">Operation update</p>",
            "<h1>38 suspected online groomers arrested in London</h1>",
            "safeguarded 138 children during Operation Legatum",
            "<time datetime=\"2020-05-26T09:00:00Z\">26 May 2020, 10:00</time>",
            $"<img src=\"http://127.0.0.1:5123/media/{Legatum.PhotoId}/1600.jpg\" srcset=\"http://127.0.0.1:5123/media/{Legatum.PhotoId}/480.jpg 480w,",
            "alt=\"Seized laptops and phones laid out on a table\">",
            "Photo: Getty Images",
            "<h2>Increased risk during lockdown</h2>",
            "<span class=\"figure-value\">38</span>",
            "<span class=\"figure-value\">138</span>",
            "<span class=\"figure-unit\">per week</span>",
            "<time datetime=\"2020-05-18\">18 to 23 May 2020</time>",
            "<blockquote>\n    <p>Since the lockdown started",
            "<p>Online offenders sometimes try",
            "<footer>&mdash; Helen Flanagan, Detective Superintendent, Metropolitan Police Service</footer>",
            "<a href=\"/operations/operation-legatum\">Operation Legatum</a>",
            "<a href=\"/units/ocsae\">Online Child Sexual Abuse and Exploitation Unit</a>",
            "<a href=\"/areas/london\">London</a>",
            "<a href=\"/categories/child-protection\">Child protection</a>",
            "<li>National Crime Agency</li><li>Europol</li>",
            "Notes to editors",
            "will not be named at this stage",
            "020 7230 2171",
            "<strong>About the Metropolitan Police Service</strong>",
        ];
        Assert.All(expected, fragment => Assert.Contains(fragment, html));
        Assert.Equal(2, Count(html, "<blockquote>"));
    }

    [Fact]
    public void Should_show_liquid_typed_by_officers_literally()
    {
        var content = Legatum.Content("liquid-in-text") with
        {
            Headline = "{{ site.name }} arrests {% if true %}x{% endif %}",
            Quotes = [new Quote("We said {{ release.id }} and meant it", "Helen Flanagan")],
            Body = "Body mentions {{ site.base_url }} as text.",
        };

        var html = Render(Create(content));

        Assert.Contains("<h1>{{ site.name }} arrests {% if true %}x{% endif %}</h1>", html);
        Assert.Contains("We said {{ release.id }} and meant it", html);
        Assert.Contains("Body mentions {{ site.base_url }} as text.", html);
    }

    [Fact]
    public void Should_encode_markup_typed_in_a_headline()
    {
        var content = Legatum.Content("script-in-headline") with { Headline = "<script>alert(1)</script> & \"quotes\"" };

        var html = Render(Create(content));

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;", html);
    }

    [Fact]
    public void Should_show_the_update_time_only_after_a_correction()
    {
        var release = Legatum.Create();
        Assert.DoesNotContain("Updated <time", Render(release));

        var corrected = Legatum.Content(release.Slug) with { Headline = "38 suspected online groomers arrested across London" };
        release.Edit(release.Version, corrected, new MarkdownRenderer(), "editor", Legatum.PublishedUtc.AddHours(2));
        Legatum.PublishCorrection(release, Legatum.PublishedUtc.AddHours(3));

        Assert.Contains("Updated <time datetime=\"2020-05-26T12:00:00Z\">26 May 2020, 13:00</time>", Render(release));
    }

    [Fact]
    public void Should_leave_out_the_lead_image_when_there_is_none()
    {
        var html = Render(Create(Legatum.Content("no-image") with { LeadImage = null }));

        Assert.DoesNotContain("lead-image", html);
    }

    internal static string Render(Release release, ThemeRenderer? theme = null)
    {
        var settings = Legatum.Settings();
        var revision = Legatum.Live(release);
        var view = ReleaseView.From(release, revision, Legatum.Names(), settings, Legatum.BaseUrl, media: Legatum.Media());
        return (theme ?? Theme).RenderRelease(SiteView.From(settings, Legatum.BaseUrl), view);
    }

    internal static Release Create(ReleaseContent content, string id = "release-under-test")
    {
        var release = Release.Create(id, content, new MarkdownRenderer(), "editor", Legatum.PublishedUtc.AddDays(-1));
        release.PublishAsOf(Legatum.PublishedUtc);
        return release;
    }

    private static int Count(string text, string fragment) => (text.Length - text.Replace(fragment, "").Length) / fragment.Length;
}
