namespace PressCms.Web.Api;

/// <summary>A release's ETag is its concurrency token, quoted: "\"{Version}\"". If-Match must quote it back exactly.</summary>
internal static class ETags
{
    public static string Of(Guid version) => $"\"{version}\"";

    /// <summary>The version an If-Match header names; null when there is no header, Guid.Empty when it names no version (so it never matches).</summary>
    public static Guid? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }
        return header.Length > 2 && header[0] == '"' && header[^1] == '"' && Guid.TryParse(header[1..^1], out var version) ? version : Guid.Empty;
    }
}
