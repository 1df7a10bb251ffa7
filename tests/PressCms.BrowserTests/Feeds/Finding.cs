namespace PressCms.BrowserTests.Feeds;

/// <summary>Something a rendered text ran ("alert(1)") or left armed for a click, by the text's index.</summary>
internal sealed record Finding(int Index, string What);
