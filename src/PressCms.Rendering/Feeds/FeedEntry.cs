using System.ServiceModel.Syndication;
using PressCms.Rendering.Liquid;

namespace PressCms.Rendering.Feeds;

/// <summary>One release as a syndication item, shaped for the format that will write it.</summary>
internal static class FeedEntry
{
    public static SyndicationItem Create(ReleaseView release, string origin, FeedFormat format)
    {
        var html = FeedContent.Html(release, origin);
        var item = new SyndicationItem
        {
            Id = release.FeedId,
            Title = new TextSyndicationContent(release.Headline),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(release.Url), "text/html"));
        if (format == FeedFormat.Rss)
        {
            // RSS has one text field: the description carries the full HTML.
            item.Summary = new TextSyndicationContent(html, TextSyndicationContentKind.Html);
            item.ElementExtensions.Add("pubDate", "", ReleaseFeeds.Rfc822(release.PublishedUtc));
        }
        else
        {
            item.Content = new TextSyndicationContent(html, TextSyndicationContentKind.Html);
            if (release.Standfirst is { } standfirst)
            {
                item.Summary = new TextSyndicationContent(standfirst);
            }
            item.PublishDate = Utc(release.PublishedUtc);
            item.LastUpdatedTime = Utc(release.UpdatedUtc);
        }
        item.Categories.Add(new SyndicationCategory(release.KindLabel));
        if (release.Operation is { } operation)
        {
            item.Categories.Add(new SyndicationCategory(operation.Name));
        }
        foreach (var category in release.Categories)
        {
            item.Categories.Add(new SyndicationCategory(category.Name));
        }
        return item;
    }

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
