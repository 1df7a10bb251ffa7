using PressCms.BrowserTests.Infrastructure;

namespace PressCms.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class PublishingJourneyTests(NewsroomBrowser browser) : PublishingJourney(browser);
