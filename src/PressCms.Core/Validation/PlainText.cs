namespace PressCms.Core.Validation;

/// <summary>
/// Characters no page, feed or sitemap can carry: control characters other than tab and line
/// breaks, the non-characters U+FFFE and U+FFFF, and half a surrogate pair. XML 1.0 forbids them,
/// so one in a headline would break every RSS and Atom feed that lists the release. They arrive
/// invisibly with text pasted from other programs (a word processor's line break is U+000B).
/// </summary>
public static class PlainText
{
    /// <summary>The first character that cannot be published, or null when there is none.</summary>
    public static int? Unpublishable(string? text)
    {
        if (text is null)
        {
            return null;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if ((c < ' ' && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>
    /// The text as it can be published: a word processor's line and page breaks (U+000B, U+000C)
    /// become line breaks, and every other unpublishable character is dropped.
    /// </summary>
    public static string? Clean(string? text)
    {
        if (Unpublishable(text) is null)
        {
            return text;
        }
        var clean = new System.Text.StringBuilder(text!.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (c is '\v' or '\f')
            {
                clean.Append('\n');
            }
            else if (Unpublishable(c.ToString()) is null)
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    /// <summary>At most <paramref name="length"/> characters, never cutting a surrogate pair in half.</summary>
    public static string Truncate(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];

    /// <summary>The message for a field holding an unpublishable character.</summary>
    public static string Refusal(string what, int character) =>
        $"{what} contains an invisible control character (U+{character:X4}) that cannot be published, often pasted in from another program; retype the text around it";
}
