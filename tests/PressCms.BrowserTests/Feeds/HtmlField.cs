namespace PressCms.BrowserTests.Feeds;

/// <summary>The text of one feed element that readers render as HTML, decoded from XML or JSON, and where it came from.</summary>
internal sealed record HtmlField(string Feed, string Element, string? ReleaseId, string Html)
{
    public override string ToString() => ReleaseId is null ? $"{Element} of {Feed}" : $"{Element} of {ReleaseId} in {Feed}";
}
