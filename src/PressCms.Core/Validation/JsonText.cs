using System.Text.Json;

namespace PressCms.Core.Validation;

/// <summary>JSON strings that are no text: "\uD800" alone is well-formed JSON but half a UTF-16 surrogate pair.</summary>
public static class JsonText
{
    public const string Invalid = "must be valid Unicode text (it holds half of a surrogate pair, \\uD800 to \\uDFFF alone)";

    /// <summary>Whether a JSON string decodes to valid UTF-16.</summary>
    public static bool IsText(JsonElement value)
    {
        try
        {
            value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
