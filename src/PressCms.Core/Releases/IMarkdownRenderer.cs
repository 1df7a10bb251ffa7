namespace PressCms.Core.Releases;

/// <summary>Turns officer-written Markdown into HTML that is safe to put on a page as it is.</summary>
public interface IMarkdownRenderer
{
    string ToSafeHtml(string markdown);
}
