using Ganss.Xss;
using Markdig;
using PressCms.Core.Releases;

namespace PressCms.Rendering.Markdown;

/// <summary>
/// Officer Markdown to HTML that templates may print raw. Markdig shows raw HTML as text, then the
/// sanitizer allow-lists tags, attributes and URL schemes as a second, independent fence.
/// Both are built once; rendering and sanitizing are thread-safe once configured.
/// </summary>
public sealed class MarkdownRenderer : IMarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public string ToSafeHtml(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        string html;
        try
        {
            html = Markdig.Markdown.ToHtml(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's depth limit: quotes, lists or emphasis inside each other far past anything a release needs.
            throw new ReleaseRuleException("too-deeply-nested",
                "The text nests quotes, lists or emphasis too deeply inside each other to be shown; flatten it");
        }
        return Sanitizer.Sanitize(html);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "ins", "mark",
                "sub", "sup", "a", "ul", "ol", "li", "blockquote", "code", "pre", "img",
                "table", "thead", "tbody", "tr", "th", "td",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "start", "colspan", "rowspan",
            },
            // Only links a reader can follow safely: no javascript:, data:, vbscript: or file:.
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowDataAttributes = false,
        });
        return sanitizer;
    }
}
