using PressCms.BrowserTests.Infrastructure;
using PressCms.BrowserTests.Journeys;

namespace PressCms.BrowserTests.Production;

/// <summary>The publishing journey on the production newsroom, through nginx over HTTPS.</summary>
[Collection(ProductionCollection.Name)]
public sealed class ProductionPublishingJourneyTests(ProductionNewsroomBrowser browser) : PublishingJourney(browser);
