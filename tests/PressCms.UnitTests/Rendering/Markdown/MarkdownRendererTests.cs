using PressCms.Rendering.Markdown;

namespace PressCms.UnitTests.Rendering.Markdown;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _markdown = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Hello <script src=\"https://evil.example/x.js\"></script> world")]
    [InlineData("<SCRIPT>alert(1)</SCRIPT>")]
    public void Should_strip_script_tags_from_markdown(string markdown)
    {
        var html = _markdown.ToSafeHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Should_show_raw_html_as_text()
    {
        var html = _markdown.ToSafeHtml("Call <b>101</b> now");

        Assert.Contains("&lt;b&gt;101&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Should_remove_javascript_links(string markdown)
    {
        var html = _markdown.ToSafeHtml(markdown);

        // The words may stay as text; no attribute may carry the scheme.
        Assert.DoesNotMatch("(?i)(href|src)\\s*=\\s*\"?[^\">]*script:", html);
    }

    [Theory]
    [InlineData("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    public void Should_remove_data_urls(string markdown)
    {
        var html = _markdown.ToSafeHtml(markdown);

        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>")]
    [InlineData("![x](https://example.org/a.png \"t\" onerror=alert(1))")]
    public void Should_never_output_event_handler_attributes(string markdown)
    {
        var html = _markdown.ToSafeHtml(markdown);

        Assert.DoesNotMatch("<[^>]*\\son[a-z]+\\s*=", html);
    }

    [Theory]
    [InlineData("[Met](https://www.met.police.uk/)", "href=\"https://www.met.police.uk/\"")]
    [InlineData("[Met](http://www.met.police.uk/)", "href=\"http://www.met.police.uk/\"")]
    [InlineData("[Press bureau](mailto:press@example.police.uk)", "href=\"mailto:press@example.police.uk\"")]
    [InlineData("See https://www.met.police.uk/ for updates", "href=\"https://www.met.police.uk/\"")]
    public void Should_keep_http_https_and_mailto_links(string markdown, string expected)
    {
        var html = _markdown.ToSafeHtml(markdown);

        Assert.Contains(expected, html);
    }

    [Fact]
    public void Should_render_tables_and_emphasis()
    {
        var html = _markdown.ToSafeHtml("**38** arrested, ~~40~~\n\n| Figure | Value |\n|---|---|\n| Arrests | 38 |");

        Assert.Contains("<strong>38</strong>", html);
        Assert.Contains("<del>40</del>", html);
        Assert.Contains("<td>Arrests</td>", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public void Should_render_the_same_html_from_many_threads()
    {
        const string markdown = "## Appeal\n\nCall **101** or [report online](https://www.met.police.uk/).";
        var expected = _markdown.ToSafeHtml(markdown);

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = _markdown.ToSafeHtml(markdown));

        Assert.All(results, html => Assert.Equal(expected, html));
    }
}
