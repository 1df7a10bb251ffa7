using System.Text;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// Plain text made safe for feed elements that readers take as HTML. <see cref="Encode"/> is for
/// elements that are HTML (RSS description); <see cref="EncodeTagOpenings"/> for RSS titles,
/// which some readers show as text and others as HTML.
/// </summary>
internal static class HtmlText
{
    /// <summary>
    /// The three characters that start markup or an entity are encoded, nothing else, so
    /// apostrophes and quotes stay readable to a reader that shows the text as it is.
    /// </summary>
    public static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Only a "&lt;" that an HTML parser would read as the start of a tag, an end tag, a comment or
    /// a declaration (followed by an ASCII letter, "/", "!" or "?") becomes "&amp;lt;"; any other
    /// "&lt;" is text to HTML already, and ampersands cannot make markup, only characters.
    /// </summary>
    public static string EncodeTagOpenings(string text)
    {
        var at = text.IndexOf('<', StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }
        var encoded = new StringBuilder(text.Length + 16).Append(text, 0, at);
        for (var i = at; i < text.Length; i++)
        {
            if (text[i] == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'))
            {
                encoded.Append("&lt;");
            }
            else
            {
                encoded.Append(text[i]);
            }
        }
        return encoded.ToString();
    }
}
