namespace PressCms.Rendering.Feeds;

/// <summary>
/// Plain text made safe for a feed element its readers take as HTML (RSS description): the three
/// characters that start markup or an entity are encoded, nothing else, so apostrophes and quotes
/// stay readable to a reader that shows the text as it is.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
