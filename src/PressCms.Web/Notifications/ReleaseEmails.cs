using System.Globalization;
using PressCms.Core.Releases;
using PressCms.Core.Workflow;

namespace PressCms.Web.Notifications;

/// <summary>The words of each notification: the headline, what happened, who did it and the admin link. Never the body.</summary>
public static class ReleaseEmails
{
    /// <summary>The email for a review decision, addressed later; null for decisions nobody is emailed about.</summary>
    public static EmailMessage? For(ReleaseEvent decision, ReleaseSummary release) => decision.Transition switch
    {
        Transition.Submit => Write(release, "For approval",
            $"{decision.Actor} submitted \"{release.Headline}\" for approval on {release.Local(decision.AtUtc)}.", "Review it"),
        Transition.RequestChanges => Write(release, "Changes requested",
            $"{decision.Actor} asked for changes to \"{release.Headline}\":\n\n{decision.Comment}", "Edit it"),
        Transition.Approve => Write(release, "Approved",
            $"{decision.Actor} approved \"{release.Headline}\". A publisher can now publish it." + Quoted(decision.Comment), "Open it"),
        _ => null,
    };

    public static EmailMessage WentLive(ReleaseSummary release, DateTime publicFromUtc) => Write(release, "Now live",
        $"\"{release.Headline}\" went live on {release.Local(publicFromUtc)}.", "Open it");

    public static EmailMessage Escalated(ReleaseSummary release, string? publishedBy, DateTime publishedUtc, string? reason, TimeSpan waited) => Write(
        release, "Still awaiting approval",
        $"{publishedBy} published \"{release.Headline}\" in an emergency on {release.Local(publishedUtc)}, without approval.\n"
        + $"Reason given: {reason}\n\nIt has waited more than {waited.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} hours for an Approver to approve it retrospectively.",
        "Approve it");

    private static EmailMessage Write(ReleaseSummary release, string what, string text, string action) => new(
        "", $"{what}: {release.Headline}", $"{text}\n\n{action}: {release.EditLink}\n\n{release.Newsroom}\n");

    private static string Quoted(string? comment) => string.IsNullOrWhiteSpace(comment) ? "" : $"\n\nTheir comment:\n\n{comment}";
}
