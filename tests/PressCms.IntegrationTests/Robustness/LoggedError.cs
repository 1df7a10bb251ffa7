using Microsoft.Extensions.Logging;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>An Error or Critical log written while the host handled one request: the request's probe number (or method and path), and what was logged.</summary>
public sealed record LoggedError(string Request, string Category, LogLevel Level, string Message, Exception? Exception)
{
    /// <summary>One line: the level, category and message, then the exception chain with its top frames.</summary>
    public string Describe()
    {
        var text = $"{Level} {Category}: {Message}";
        for (var ex = Exception; ex is not null; ex = ex.InnerException)
        {
            text += $" | {ex.GetType().FullName}: {ex.Message} {StackFrames.Of(ex)}";
        }
        return text;
    }
}
