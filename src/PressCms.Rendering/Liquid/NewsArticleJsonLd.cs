using System.Text.Json;
using System.Text.Json.Nodes;

namespace PressCms.Rendering.Liquid;

/// <summary>
/// schema.org NewsArticle for a release page, built from the same view the page shows, so it can
/// never say more than the page (no embargoed release, no removed image). The serializer escapes
/// '&lt;' and '&gt;', so the JSON is safe inside a script element.
/// </summary>
public static class NewsArticleJsonLd
{
    public static string For(ReleaseView release, string siteName)
    {
        var publisher = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = siteName };
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = release.Headline.Length > 110 ? release.Headline[..110] : release.Headline,
            ["url"] = release.Url,
            ["mainEntityOfPage"] = release.Url,
            ["datePublished"] = release.Published,
            ["dateModified"] = release.Updated,
            ["articleSection"] = release.KindLabel,
            ["author"] = publisher.DeepClone(),
            ["publisher"] = publisher,
        };
        if (release.Standfirst is { } standfirst)
        {
            article["description"] = standfirst;
        }
        if (release.Categories.Count > 0)
        {
            article["keywords"] = string.Join(", ", release.Categories.Select(c => c.Name));
        }
        if (release.Area is { } area)
        {
            article["contentLocation"] = new JsonObject { ["@type"] = "Place", ["name"] = area.Name };
        }
        if (release.LeadImage is { } image)
        {
            article["image"] = new JsonArray([.. new[] { image.CardUrl, image.Src }.OfType<string>().Select(u => (JsonNode)JsonValue.Create(u)!)]);
        }
        return article.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
