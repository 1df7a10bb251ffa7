using System.Text.Json;
using PressCms.Core.Releases;

namespace PressCms.Web.Api.Releases;

/// <summary>
/// A release as the API shows it: the recipe's release item (contracts/recipe-format.md) for the
/// latest revision, plus where it stands. The members after <c>status</c> are read-only: a body
/// may send them back (GET, change, PUT) and they are ignored.
/// </summary>
public sealed record ReleaseResource(
    string Id, string Kind, string Slug, string Headline, string? Standfirst, string Body,
    string? Operation, string? Unit, string? Area, IReadOnlyList<string> Categories,
    IReadOnlyList<KeyDate> KeyDates, IReadOnlyList<Figure> Figures, IReadOnlyList<Quote> Quotes,
    IReadOnlyList<string> Agencies, string? NotesToEditors, LeadImage? LeadImage, IReadOnlyList<LeadImage> Gallery,
    string Status, DateTime? PublishAtUtc, string Publication, IReadOnlyList<string> Stages,
    int Revision, int? LiveRevision, string EditedBy, DateTime SavedUtc,
    bool AwaitingRetrospectiveApproval, string? WithdrawalReason, string Version)
{
    /// <summary>Members a release body may carry back but never changes: decisions change them, through their own endpoints.</summary>
    public static readonly string[] ReadOnlyMembers =
    [
        "status", "publishAtUtc", "publication", "stages", "revision", "liveRevision", "editedBy", "savedUtc",
        "awaitingRetrospectiveApproval", "withdrawalReason", "version",
    ];

    public static ReleaseResource From(Release release, Revision latest, DateTime nowUtc) => new(
        release.Id, latest.Kind.ToSlug(), latest.Slug, latest.Headline, latest.Standfirst, latest.Body,
        latest.Operation, latest.Unit, latest.Area, latest.Categories,
        latest.KeyDates, latest.Figures, latest.Quotes,
        latest.Agencies, latest.NotesToEditors, latest.LeadImage, latest.Gallery,
        Kebab(release.Status), release.PublishAtUtc, Kebab(release.StateAt(nowUtc)), [.. release.StagesAt(nowUtc).Order().Select(s => Kebab(s))],
        latest.Number, release.LiveRevisionNumber, latest.EditedBy, latest.CreatedUtc,
        release.AwaitingRetrospectiveApproval, release.WithdrawalReason, release.Version.ToString());

    /// <summary>"InReview" becomes "in-review": the API's names for statuses, stages and states.</summary>
    public static string Kebab<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
