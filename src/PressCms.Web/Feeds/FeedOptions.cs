namespace PressCms.Web.Feeds;

/// <summary>PressCms:Feeds. HubUrl is the WebSub hub feeds advertise and ping; empty means no WebSub.</summary>
public sealed class FeedOptions
{
    public const string Section = "PressCms:Feeds";

    public string HubUrl { get; set; } = "";

    public string? Hub => string.IsNullOrWhiteSpace(HubUrl) ? null : HubUrl.Trim();
}
