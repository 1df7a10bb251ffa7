using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using PressCms.Data;
using PressCms.Data.Queries;
using PressCms.Rendering.Liquid;
using PressCms.Web.Site;

namespace PressCms.Web.Seo;

/// <summary>robots.txt, the sitemap and the news sitemap: built from live releases only, so nothing embargoed or withdrawn is ever listed.</summary>
public static class SeoEndpoints
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    public static IEndpointRouteBuilder MapSeo(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpContext http) => TypedResults.Text(
            $"User-agent: *\nDisallow: /admin\nDisallow: /account\nDisallow: /api\nDisallow: /setup\nDisallow: /alerts\n\nSitemap: {http.Request.Origin()}/sitemap.xml\nSitemap: {http.Request.Origin()}/news-sitemap.xml\n",
            "text/plain; charset=utf-8"));
        app.MapGet("/sitemap.xml", Sitemap);
        app.MapGet("/news-sitemap.xml", NewsSitemap);
        return app;
    }

    private static async Task<IResult> Sitemap(HttpContext http, SiteReader reader, PressCmsDbContext db, CancellationToken ct)
    {
        var origin = http.Request.Origin();
        var releases = await reader.Live.Select(v => new { v.Release.Slug, v.Release.UpdatedUtc }).ToListAsync(ct);
        var terms = await db.Terms.AsNoTracking().Select(t => new { t.Kind, t.Slug }).ToListAsync(ct);
        var operations = await db.Operations.AsNoTracking().Select(o => o.Slug).ToListAsync(ct);
        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNs);
            Url(writer, origin + SitePaths.Home, null);
            foreach (var release in releases)
            {
                Url(writer, origin + SitePaths.Release(release.Slug), release.UpdatedUtc);
            }
            foreach (var slug in operations)
            {
                Url(writer, origin + SitePaths.Operation(slug), null);
            }
            foreach (var term in terms)
            {
                Url(writer, origin + SitePaths.Term(term.Kind, term.Slug), null);
            }
            writer.WriteEndElement();
        });
    }

    /// <summary>Google News: the releases of the last two days, with the newsroom as the publication.</summary>
    private static async Task<IResult> NewsSitemap(HttpContext http, SiteReader reader, CancellationToken ct)
    {
        var origin = http.Request.Origin();
        var settings = await reader.SettingsAsync(ct);
        var since = reader.NowUtc.AddDays(-2);
        var recent = await reader.Live.Where(v => v.Release.PublishAtUtc >= since).NewestFirst()
            .Select(v => new { v.Release.Slug, v.Release.PublishAtUtc, v.Headline }).Take(1000).ToListAsync(ct);
        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNs);
            writer.WriteAttributeString("xmlns", "news", null, NewsNs);
            foreach (var release in recent)
            {
                writer.WriteStartElement("url", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, origin + SitePaths.Release(release.Slug));
                writer.WriteStartElement("news", "news", NewsNs);
                writer.WriteStartElement("news", "publication", NewsNs);
                writer.WriteElementString("news", "name", NewsNs, settings.Name);
                writer.WriteElementString("news", "language", NewsNs, settings.Culture.Split('-')[0]);
                writer.WriteEndElement();
                writer.WriteElementString("news", "publication_date", NewsNs, Instant(release.PublishAtUtc!.Value));
                writer.WriteElementString("news", "title", NewsNs, release.Headline);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
    }

    private static void Url(XmlWriter writer, string loc, DateTime? lastModifiedUtc)
    {
        writer.WriteStartElement("url", SitemapNs);
        writer.WriteElementString("loc", SitemapNs, loc);
        if (lastModifiedUtc is { } at)
        {
            writer.WriteElementString("lastmod", SitemapNs, Instant(at));
        }
        writer.WriteEndElement();
    }

    private static string Instant(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static IResult Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            writer.WriteStartDocument();
            write(writer);
        }
        // XmlWriter over a StringBuilder declares UTF-16; the response is UTF-8.
        return TypedResults.Text(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml; charset=utf-8");
    }
}
