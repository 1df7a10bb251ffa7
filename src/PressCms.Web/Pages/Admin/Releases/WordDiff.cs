using System.Net;
using System.Text;
using DiffPlex;
using Microsoft.AspNetCore.Html;

namespace PressCms.Web.Pages.Admin.Releases;

/// <summary>A word-level diff as HTML: removed words in &lt;del&gt;, added words in &lt;ins&gt;, all text encoded.</summary>
public static class WordDiff
{
    private static readonly char[] Separators = [' ', '\n', '\t', '.', ',', ';', ':', '!', '?', '(', ')'];

    public static IHtmlContent Html(string before, string after)
    {
        var diff = Differ.Instance.CreateWordDiffs(before, after, ignoreWhitespace: false, Separators);
        var html = new StringBuilder();
        var oldPosition = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Append(html, diff.PiecesOld, oldPosition, block.DeleteStartA - oldPosition, null);
            Append(html, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA, "del");
            Append(html, diff.PiecesNew, block.InsertStartB, block.InsertCountB, "ins");
            oldPosition = block.DeleteStartA + block.DeleteCountA;
        }
        Append(html, diff.PiecesOld, oldPosition, diff.PiecesOld.Count - oldPosition, null);
        return new HtmlString(html.ToString());
    }

    private static void Append(StringBuilder html, IReadOnlyList<string> pieces, int start, int count, string? tag)
    {
        if (count <= 0)
        {
            return;
        }
        var text = WebUtility.HtmlEncode(string.Concat(pieces.Skip(start).Take(count)));
        html.Append(tag is null ? text : $"<{tag}>{text}</{tag}>");
    }
}
