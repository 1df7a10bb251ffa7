using PressCms.Core.Releases;

namespace PressCms.UnitTests.Core.Releases;

/// <summary>A Markdown renderer for domain tests, which are about revisions, not HTML.</summary>
internal sealed class TestMarkdown : IMarkdownRenderer
{
    public static readonly TestMarkdown Instance = new();

    public string ToSafeHtml(string markdown) => "<p>" + System.Net.WebUtility.HtmlEncode(markdown) + "</p>";
}
