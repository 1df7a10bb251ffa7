namespace PressCms.BrowserTests.Infrastructure;

/// <summary>Browser tests share one newsroom and one Chromium, and take turns: the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<NewsroomBrowser>
{
    public const string Name = "Browser";
}
