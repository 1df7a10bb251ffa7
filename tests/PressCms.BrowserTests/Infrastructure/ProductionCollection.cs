namespace PressCms.BrowserTests.Infrastructure;

/// <summary>
/// Tests of the production newsroom behind nginx, sharing one and taking turns; the collection
/// runs after the others, not beside them (each holds a site and a Chromium, on two cores).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProductionCollection : ICollectionFixture<ProductionNewsroomBrowser>
{
    public const string Name = "Production";
}
