using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Releases;
using PressCms.Core.Validation;
using PressCms.Core.Workflow;
using PressCms.Data;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Admin.Releases;

/// <summary>
/// One workflow decision on a release: its form (with the review diff and thread for approvals),
/// and the decision itself, made by the domain. A refusal is shown with everything typed kept.
/// </summary>
public sealed class DecideModel(PressCmsDbContext db, TimeProvider time) : PageModel
{
    public Release? Release { get; private set; }
    public Transition Decision { get; private set; }
    public List<FieldError> Errors { get; } = [];
    public List<(string Field, IHtmlContent Diff)> Changes { get; } = [];
    public List<ReviewComment> Thread { get; private set; } = [];
    public DateTime NowUtc { get; } = time.GetUtcNow().UtcDateTime;
    public string TimeZoneId { get; private set; } = "UTC";

    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public bool Contempt { get; set; }
    [BindProperty] public bool Safeguarding { get; set; }
    [BindProperty] public bool Quotes { get; set; }
    [BindProperty] public bool Images { get; set; }
    [BindProperty] public string Timing { get; set; } = "now";
    [BindProperty] public DateParts PublishDate { get; set; } = new();
    [BindProperty] public string? PublishTime { get; set; }
    [BindProperty] public string Kind { get; set; } = "minor";
    [BindProperty] public DateParts UnpublishDate { get; set; } = new();
    [BindProperty] public string? UnpublishTime { get; set; }
    [BindProperty] public string? Correction { get; set; }

    public bool IsLive => Release?.StagesAt(NowUtc).Contains(ReleaseStage.Live) == true;

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public async Task<IActionResult> OnGetAsync(string id, string transition)
    {
        if (await LoadAsync(id, transition) is { } refusal)
        {
            return refusal;
        }
        Version = Release!.Version;
        if (ReleaseWorkflow.Find(Release.StagesAt(NowUtc), Decision) is null || !ReleaseWorkflow.Allows(Release.StagesAt(NowUtc), Decision, User.ToActor()))
        {
            Errors.Add(new FieldError("decision", $"You cannot {ReleaseWorkflow.Name(Decision)} this release now."));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string transition)
    {
        if (await LoadAsync(id, transition) is { } refusal)
        {
            return refusal;
        }
        var release = Release!;
        var actor = User.ToActor();
        try
        {
            var checklist = new ApprovalChecklist(Contempt, Safeguarding, Quotes, Images);
            var notice = Decision switch
            {
                Transition.Approve => Do(() => release.Approve(Version, actor, checklist, Comment, NowUtc), "Approved. A publisher can now publish it."),
                Transition.RequestChanges => Do(() => release.RequestChanges(Version, actor, Comment ?? "", NowUtc), "Changes requested. The author has your comment."),
                Transition.Publish => Publish(release, actor),
                Transition.Recall => Do(() => release.Recall(Version, actor, NowUtc), "Recalled. It is a draft again and nothing will go live."),
                Transition.Withdraw => Do(() => release.Withdraw(Version, actor, Comment ?? "", NowUtc), "Withdrawn. The page now answers 410 Gone and the release has left the feeds."),
                Transition.Reopen => Do(() => release.Reopen(Version, actor, NowUtc), "Reopened as a draft. It needs approval before it can be public again."),
                Transition.EmergencyPublish => Do(() => release.EmergencyPublish(Version, actor, Comment ?? "", CorrectionNote(), NowUtc), "Published in an emergency. An approver must approve it retrospectively."),
                Transition.ApproveRetrospectively => Do(() => release.ApproveRetrospectively(Version, actor, checklist, NowUtc), "Approved retrospectively."),
                // LoadAsync lets through only the decisions above; a new one must be named here to be taken.
                _ => throw new InvalidOperationException($"The decision page takes no {Decision} decision."),
            };
            db.Record(new AuditRecord(NowUtc, actor.Name, AuditActions.Of(Decision), AuditChannels.Admin, release.Id, release.LatestRevisionNumber,
                Comment is { Length: > 0 } ? Comment.Trim() : release.PublishAtUtc is { } at && Decision is Transition.Publish ? $"public from {at:O}" : null));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            TempData["Status"] = notice;
            return Redirect($"/admin/releases/{id}/edit");
        }
        catch (ReleaseRuleException ex)
        {
            Errors.Add(new FieldError(FieldOf(ex.Rule), ex.Message));
        }
        catch (Exception ex) when (ex is EditConflictException or DbUpdateConcurrencyException)
        {
            Errors.Add(new FieldError("decision", "Someone changed this release after you opened this page. Nothing was done; check the release again before deciding."));
        }
        catch (DbUpdateException)
        {
            // The unique address index: another release took this web address meanwhile.
            Errors.Add(new FieldError("decision", $"Another release now uses the address /news/{release.Latest.Slug}. Nothing was done; change this release's web address first."));
        }
        return Page();
    }

    public static string Slug(Transition transition) => transition switch
    {
        Transition.RequestChanges => "request-changes",
        Transition.EmergencyPublish => "emergency-publish",
        Transition.ApproveRetrospectively => "approve-retrospectively",
        _ => transition.ToString().ToLowerInvariant(),
    };

    public static string Title(Transition transition) => transition switch
    {
        Transition.RequestChanges => "Request changes",
        Transition.EmergencyPublish => "Publish in an emergency",
        Transition.ApproveRetrospectively => "Approve retrospectively",
        Transition.Publish => "Publish or schedule",
        _ => transition.ToString(),
    };

    private static string Do(Action decide, string notice)
    {
        decide();
        return notice;
    }

    private string Publish(Release release, Actor actor)
    {
        var atUtc = Timing == "at"
            ? Instant(PublishDate, PublishTime) ?? throw new ReleaseRuleException("publish-time-invalid", "Enter the publication date and a time like 09:30")
            : (DateTime?)null;
        DateTime? untilUtc = UnpublishDate.IsBlank && string.IsNullOrWhiteSpace(UnpublishTime)
            ? null
            : Instant(UnpublishDate, UnpublishTime) ?? throw new ReleaseRuleException("unpublish-time-invalid", "Enter the date and a time like 18:00 it comes down, or leave both blank");
        release.Publish(Version, actor, atUtc, CorrectionNote(), NowUtc);
        if (untilUtc is not null)
        {
            release.ScheduleUnpublish(release.Version, actor, untilUtc, NowUtc);
        }
        return release.StateAt(NowUtc) == PublicationState.Embargoed
            ? $"Scheduled. Nothing is public until {TimeZoneInfo.ConvertTimeFromUtc(release.PublishAtUtc!.Value, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId)):d MMMM yyyy 'at' HH:mm} ({TimeZoneId})."
            : "Published. The release is live now.";
    }

    /// <summary>A date and HH:mm time typed in the newsroom's time zone, as UTC; null if either is not real.</summary>
    /// <remarks>A time the clocks skip (spring forward) is not real; in the repeated autumn hour the first (summer time) one is meant.</remarks>
    private DateTime? Instant(DateParts date, string? time)
    {
        if (date.ToDate() is not { } day || !TimeOnly.TryParseExact(time?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return null;
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var local = day.ToDateTime(clock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return null;
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    private string? CorrectionNote()
    {
        if (Kind == "correction" && IsLive && string.IsNullOrWhiteSpace(Correction))
        {
            throw new ReleaseRuleException("correction-note-required", "Say what was corrected; the note is shown on the page");
        }
        return Kind == "correction" ? Correction : null;
    }

    private static string FieldOf(string rule) => rule switch
    {
        "comment-required" or "reason-required" => "comment",
        "checklist-incomplete" => "checklist",
        "publish-time-invalid" or "publish-time-in-past" or "live-cannot-be-embargoed" => "publishDate",
        "unpublish-time-invalid" or "unpublish-before-publish" => "unpublishDate",
        "correction-note-required" => "correction",
        _ => "decision",
    };

    /// <summary>
    /// The decisions this page takes. Submitting is the edit form's "Save and submit", which saves
    /// the typed revision first; anything else named in the address is a 400, never another decision.
    /// </summary>
    public static readonly IReadOnlySet<Transition> Decisions = new HashSet<Transition>
    {
        Transition.Approve, Transition.RequestChanges, Transition.Publish, Transition.Recall, Transition.Withdraw,
        Transition.Reopen, Transition.EmergencyPublish, Transition.ApproveRetrospectively,
    };

    /// <returns>null when the release and decision were loaded; otherwise what to answer.</returns>
    private async Task<IActionResult?> LoadAsync(string id, string transition)
    {
        var decision = Decisions.Where(t => Slug(t) == transition).Cast<Transition?>().FirstOrDefault();
        if (decision is null)
        {
            // The name is not echoed: it came from the address (or a posted field) and may be anything.
            return BadRequest("This page takes no such decision. Open the release and choose one of the decisions it offers.");
        }
        Release = await db.Releases.Include(r => r.Revisions).FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        if (Release is null)
        {
            return NotFound();
        }
        Decision = decision.Value;
        TimeZoneId = (await db.Newsroom.AsNoTracking().SingleOrDefaultAsync(HttpContext.RequestAborted))?.FindTimeZone().Id ?? "UTC";
        Thread = await db.ReviewComments.AsNoTracking().Where(c => c.ReleaseId == id).OrderBy(c => c.AtUtc).ToListAsync(HttpContext.RequestAborted);
        var approved = Release.Revisions.FirstOrDefault(r => r.Number == Release.LastApprovedRevisionNumber)?.ToContent();
        var before = approved is null ? null : ContentChanges.Fields(approved);
        // A retrospective approval is of what went out, not of a newer draft.
        var reviewed = Decision == Transition.ApproveRetrospectively && Release.LiveRevisionNumber is { } live ? Release.Revisions.Single(r => r.Number == live) : Release.Latest;
        foreach (var (field, after) in ContentChanges.Fields(reviewed.ToContent()))
        {
            var old = before?[field] ?? "";
            if (old != after)
            {
                Changes.Add((field, WordDiff.Html(old, after)));
            }
        }
        return null;
    }
}
