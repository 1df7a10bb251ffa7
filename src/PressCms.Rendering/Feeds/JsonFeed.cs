using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PressCms.Rendering.Liquid;

namespace PressCms.Rendering.Feeds;

/// <summary>
/// JSON Feed 1.1 (jsonfeed.org/version/1.1). The structured facts go in "_presscms", the spec's
/// extension mechanism: readers that do not know the key ignore it. "next_url" pages through the
/// same archive pages as RSS and Atom, newest first.
/// </summary>
internal static class JsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(FeedView feed)
    {
        using var buffer = new MemoryStream(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var site = feed.Site;
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", feed.AlternateUrl);
            json.WriteString("feed_url", feed.SelfUrl);
            json.WriteString("description", feed.Description.Length > 0 ? feed.Description : $"Press releases from {site.Name}");
            json.WriteString("language", site.Culture);
            json.WriteStartArray("authors");
            WriteAuthor(json, site);
            json.WriteEndArray();
            // JSON Feed's paging: the next page holds older releases, so a reader can walk the whole history.
            if (feed.PrevArchiveUrl is { } older)
            {
                json.WriteString("next_url", older);
            }
            if (feed.HubUrl is { } hub)
            {
                json.WriteStartArray("hubs");
                json.WriteStartObject();
                json.WriteString("type", "WebSub");
                json.WriteString("url", hub);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteStartArray("items");
            foreach (var release in feed.Items)
            {
                WriteItem(json, release, site);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter json, ReleaseView release, SiteView site)
    {
        json.WriteStartObject();
        json.WriteString("id", release.FeedId);
        json.WriteString("url", release.Url);
        json.WriteString("title", release.Headline);
        json.WriteString("content_html", FeedContent.Html(release, site.BaseUrl));
        if (release.Standfirst is { } standfirst)
        {
            json.WriteString("summary", standfirst);
        }
        if (release.LeadImage is { } image)
        {
            json.WriteString("image", image.Src);
            // The same file as the RSS and Atom enclosure.
            json.WriteStartArray("attachments");
            json.WriteStartObject();
            json.WriteString("url", image.Src);
            json.WriteString("mime_type", MediaRss.MimeType(image.Src));
            if (image.Bytes is { } bytes)
            {
                json.WriteNumber("size_in_bytes", bytes);
            }
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteString("date_published", Rfc3339(release.PublishedUtc));
        json.WriteString("date_modified", Rfc3339(release.UpdatedUtc));
        json.WriteStartArray("authors");
        WriteAuthor(json, site);
        json.WriteEndArray();
        json.WriteStartArray("tags");
        json.WriteStringValue(release.KindLabel);
        if (release.Operation is { } operation)
        {
            json.WriteStringValue(operation.Name);
        }
        foreach (var category in release.Categories)
        {
            json.WriteStringValue(category.Name);
        }
        json.WriteEndArray();
        json.WriteString("language", site.Culture);
        WriteFacts(json, release);
        json.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter json, ReleaseView release)
    {
        json.WriteStartObject("_presscms");
        json.WriteString("about", "https://presscms.org/ns/feeds/1.0");
        json.WriteStartObject("kind");
        json.WriteString("slug", release.Kind);
        json.WriteString("name", release.KindLabel);
        json.WriteEndObject();
        WriteLink(json, "operation", release.Operation);
        WriteLink(json, "unit", release.Unit);
        WriteLink(json, "area", release.Area);
        json.WriteStartArray("categories");
        foreach (var category in release.Categories)
        {
            WriteLink(json, null, category);
        }
        json.WriteEndArray();
        json.WriteStartArray("figures");
        foreach (var figure in release.Figures)
        {
            json.WriteStartObject();
            json.WriteString("label", figure.Label);
            json.WriteString("value", figure.ValueDisplay);
            json.WriteString("unit", figure.Unit);
            json.WriteString("period", figure.Period);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("key_dates");
        foreach (var date in release.KeyDates)
        {
            json.WriteStartObject();
            json.WriteString("label", date.Label);
            json.WriteString("from", date.From);
            json.WriteString("to", date.To);
            json.WriteString("display", date.Display);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("quotes");
        foreach (var quote in release.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            json.WriteString("speaker", quote.Speaker);
            json.WriteString("role", quote.Role);
            json.WriteString("organisation", quote.Organisation);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("agencies");
        foreach (var agency in release.Agencies)
        {
            json.WriteStringValue(agency);
        }
        json.WriteEndArray();
        json.WriteStartArray("corrections");
        foreach (var correction in release.Corrections)
        {
            json.WriteStartObject();
            json.WriteString("date", correction.Date);
            json.WriteString("note", correction.Note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (release.LeadImage is { } image)
        {
            json.WriteStartObject("lead_image");
            json.WriteString("url", image.Src);
            json.WriteString("alt", image.Alt);
            json.WriteString("caption", image.Caption);
            json.WriteString("credit", image.Credit);
            json.WriteString("copyright", image.Copyright);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter json, string? name, LinkView? link)
    {
        if (link is null)
        {
            return;
        }
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }
        json.WriteString("slug", link.Slug);
        json.WriteString("name", link.Name);
        json.WriteString("url", link.Url);
        json.WriteEndObject();
    }

    private static void WriteAuthor(Utf8JsonWriter json, SiteView site)
    {
        json.WriteStartObject();
        json.WriteString("name", site.Name);
        json.WriteString("url", site.BaseUrl + "/");
        json.WriteEndObject();
    }

    private static string Rfc3339(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
