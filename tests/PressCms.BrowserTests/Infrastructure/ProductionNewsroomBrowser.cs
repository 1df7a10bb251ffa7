namespace PressCms.BrowserTests.Infrastructure;

/// <summary>The shared newsroom and Chromium, with the newsroom as a force runs it: Production behind nginx.</summary>
public sealed class ProductionNewsroomBrowser() : NewsroomBrowser(BrowserNewsroom.BehindNginx());
