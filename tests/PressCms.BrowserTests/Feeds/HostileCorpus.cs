using System.Globalization;
using System.Text.RegularExpressions;

namespace PressCms.BrowserTests.Feeds;

/// <summary>
/// The hostile payloads of <c>hostile-payloads.txt</c>: one a line, <c>#</c> comments, and
/// <c>\u{XXXX}</c> for a code point the file cannot show (a line break, NUL, a control character).
/// </summary>
public static partial class HostileCorpus
{
    public static IReadOnlyList<string> Payloads { get; } = Read(Path.Combine(AppContext.BaseDirectory, "Feeds", "hostile-payloads.txt"));

    private static string[] Read(string path) =>
    [
        .. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => CodePoint().Replace(line, m => char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)))),
    ];

    [GeneratedRegex(@"\\u\{([0-9A-Fa-f]{1,6})\}")]
    private static partial Regex CodePoint();
}
