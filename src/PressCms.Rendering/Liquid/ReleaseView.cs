using PressCms.Core.Media;
using PressCms.Core.Newsroom;
using PressCms.Core.Releases;
using PressCms.Core.Taxonomy;
using PressCms.Rendering.Feeds;

namespace PressCms.Rendering.Liquid;

/// <summary>
/// One release as pages and feeds show it: a revision's fields, resolved names, absolute links and
/// dates already formatted. Html fields were sanitized when the revision was saved.
/// </summary>
public sealed record ReleaseView(
    string Id,
    string FeedId,
    string Slug,
    string Url,
    string Path,
    string Kind,
    string KindLabel,
    string Headline,
    string? Standfirst,
    string BodyHtml,
    DateTime PublishedUtc,
    string Published,
    string PublishedDisplay,
    DateTime UpdatedUtc,
    string Updated,
    string UpdatedDisplay,
    bool IsUpdated,
    LinkView? Operation,
    LinkView? Unit,
    LinkView? Area,
    IReadOnlyList<LinkView> Categories,
    IReadOnlyList<KeyDateView> KeyDates,
    IReadOnlyList<FigureView> Figures,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<string> Agencies,
    string? NotesToEditorsHtml,
    LeadImageView? LeadImage)
{
    /// <summary>Public correction notes, oldest first: "Updated 26 May 2020, 15:05: corrected the number of children safeguarded".</summary>
    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];

    /// <summary>schema.org NewsArticle JSON for the page's head; set by the theme renderer, which knows the site.</summary>
    public string? JsonLd { get; init; }

    /// <summary>The gallery's images that may still be shown, in order; removed ones are left out.</summary>
    public IReadOnlyList<LeadImageView> Gallery { get; init; } = [];

    /// <param name="history">The release's revisions up to the live one, for their correction notes; null when not needed.</param>
    /// <param name="media">Library images by id; a lead image from the library shows only if it is here and not removed.</param>
    public static ReleaseView From(Release release, Revision revision, TaxonomyNames names, NewsroomSettings settings, string baseUrl,
        IEnumerable<Revision>? history = null, IReadOnlyDictionary<string, MediaAsset>? media = null)
    {
        var origin = baseUrl.TrimEnd('/');
        var clock = NewsroomClock.For(settings);
        var slug = release.Slug.Length > 0 ? release.Slug : revision.Slug;
        var path = SitePaths.Release(slug);
        // A draft being previewed has no publication time yet; its revision time stands in.
        var published = release.PublishAtUtc ?? revision.CreatedUtc;
        var updated = release.UpdatedUtc > published ? release.UpdatedUtc : published;

        return new ReleaseView(
            release.Id,
            FeedIds.For(release, settings),
            slug,
            origin + path,
            path,
            revision.Kind.ToSlug(),
            revision.Kind.ToLabel(),
            revision.Headline,
            revision.Standfirst,
            revision.BodyHtml,
            published,
            NewsroomClock.Iso(published),
            clock.Display(published),
            updated,
            NewsroomClock.Iso(updated),
            clock.Display(updated),
            updated > published,
            revision.Operation is { } op ? LinkView.Operation(op, names, origin) : null,
            revision.Unit is { } unit ? LinkView.Term(TermKind.Unit, unit, names, origin) : null,
            revision.Area is { } area ? LinkView.Term(TermKind.Area, area, names, origin) : null,
            Map(revision.Categories, c => LinkView.Term(TermKind.Category, c, names, origin)),
            Map(revision.KeyDates, d => ToKeyDateView(d, clock)),
            Map(revision.Figures, f => new FigureView(f.Label, clock.Number(f.Value ?? 0), f.Unit, f.Period)),
            Map(revision.Quotes, q => new QuoteView(q.Text, q.Speaker, q.Role, q.Organisation)),
            revision.Agencies.ToArray(),
            revision.NotesToEditorsHtml,
            revision.LeadImage is { } image ? ToLeadImageView(image, origin, media) : null)
        {
            Corrections = history is null ? [] : CorrectionView.From(history, revision.Number, clock),
            Gallery = [.. revision.Gallery.Select(g => ToLeadImageView(g, origin, media)).OfType<LeadImageView>()],
        };
    }

    private static KeyDateView ToKeyDateView(KeyDate date, NewsroomClock clock)
    {
        var from = date.From ?? DateOnly.MinValue;
        return new KeyDateView(date.Label, from.ToString("O"), date.To?.ToString("O"), clock.DisplayRange(from, date.To));
    }

    /// <summary>A library image as the public sees it, or null when it is not the library's, was removed everywhere, or the caller did not load it.</summary>
    public static LeadImageView? ToLeadImageView(LeadImage image, string origin, IReadOnlyDictionary<string, MediaAsset>? media)
    {
        // Only library images are shown: an outside address stored before the rule is left out,
        // like an image removed everywhere or not known to the caller, and the page goes on without it.
        if (MediaReference.IdOf(image.Src) is not { } id || media is null || !media.TryGetValue(id, out var asset) || asset.IsRemoved || asset.RenditionWidths.Count == 0)
        {
            return null;
        }
        return MediaRenditions.View(asset, image, origin);
    }

    // Arrays rather than LINQ: views are built per request and this keeps allocation to the result.
    private static T[] Map<TSource, T>(List<TSource> source, Func<TSource, T> map)
    {
        if (source.Count == 0)
        {
            return [];
        }
        var result = new T[source.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(source[i]);
        }
        return result;
    }
}
