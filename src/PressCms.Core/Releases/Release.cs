using PressCms.Core.Validation;
using PressCms.Core.Workflow;

namespace PressCms.Core.Releases;

/// <summary>
/// A press release: a stable id and its revisions. The live revision stays live while newer ones
/// are edited and reviewed; <see cref="Version"/> is the optimistic concurrency token every change
/// must quote. Which decisions are legal is <see cref="ReleaseWorkflow"/>'s table, nowhere else.
/// </summary>
public sealed class Release
{
    private Release()
    {
    }

    public string Id { get; private set; } = "";
    /// <summary>The public URL slug: the live revision's, or the latest one's before first publication.</summary>
    public string Slug { get; private set; } = "";
    /// <summary>The editorial status of the latest revision; Published when the latest revision is the live one.</summary>
    public ReleaseStatus Status { get; private set; }
    /// <summary>When the live revision became or becomes public; set exactly while there is a live revision.</summary>
    public DateTime? PublishAtUtc { get; private set; }
    public DateTime? UnpublishAtUtc { get; private set; }
    public int? LiveRevisionNumber { get; private set; }
    public int LatestRevisionNumber { get; private set; }
    public int? LastApprovedRevisionNumber { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    /// <summary>When the public content last changed significantly (first publication or a correction); feeds report it as "updated".</summary>
    public DateTime UpdatedUtc { get; private set; }
    public DateTime? WithdrawnUtc { get; private set; }
    public string? WithdrawalReason { get; private set; }
    /// <summary>Published without approval; an Approver must still approve it after the event.</summary>
    public bool AwaitingRetrospectiveApproval { get; private set; }
    public string? EmergencyReason { get; private set; }
    public DateTime? EmergencyPublishedUtc { get; private set; }
    public string? EmergencyPublishedBy { get; private set; }
    /// <summary>When go-live side effects ran for the current live revision; they run once.</summary>
    public DateTime? GoLiveHandledUtc { get; private set; }
    /// <summary>
    /// The time to come down whose side effects ran: they run once per time set, and a new time
    /// (differing from this) is due in its turn, whatever else was saved in between.
    /// </summary>
    public DateTime? HandledUnpublishAtUtc { get; private set; }
    /// <summary>When Approvers were told that an emergency publication still waits for approval; they are told once.</summary>
    public DateTime? EmergencyEscalatedUtc { get; private set; }
    public Guid Version { get; private set; }
    public List<Revision> Revisions { get; private set; } = [];

    private readonly List<ReleaseEvent> events = [];

    /// <summary>Decisions taken since the release was loaded, for handlers to act on once they are saved.</summary>
    public IReadOnlyList<ReleaseEvent> Events => events;

    public void ClearEvents() => events.Clear();
    public List<ReviewComment> Comments { get; private set; } = [];

    public bool HasUnpublishedChanges => LiveRevisionNumber != LatestRevisionNumber;

    public PublicationState StateAt(DateTime nowUtc) => Publication.StateAt(Status, PublishAtUtc, UnpublishAtUtc, nowUtc);

    /// <summary>Every stage the release is in now: its live or scheduled revision, and a newer revision in review.</summary>
    public IReadOnlySet<ReleaseStage> StagesAt(DateTime nowUtc)
    {
        if (Status == ReleaseStatus.Withdrawn)
        {
            return new HashSet<ReleaseStage> { ReleaseStage.Withdrawn };
        }
        var stages = new HashSet<ReleaseStage>();
        if (LiveRevisionNumber is not null)
        {
            stages.Add(StateAt(nowUtc) switch
            {
                PublicationState.Embargoed => ReleaseStage.Scheduled,
                PublicationState.Ended => ReleaseStage.Ended,
                _ => ReleaseStage.Live,
            });
        }
        if (AwaitingRetrospectiveApproval)
        {
            stages.Add(ReleaseStage.AwaitingRetrospectiveApproval);
        }
        if (Status != ReleaseStatus.Published)
        {
            stages.Add(Status switch
            {
                ReleaseStatus.InReview => ReleaseStage.InReview,
                ReleaseStatus.ChangesRequested => ReleaseStage.ChangesRequested,
                ReleaseStatus.Approved => ReleaseStage.Approved,
                _ => ReleaseStage.Draft,
            });
        }
        return stages;
    }

    public Revision Latest => Revisions.Single(r => r.Number == LatestRevisionNumber);

    public static Release Create(string id, ReleaseContent content, IMarkdownRenderer markdown, string editedBy, DateTime nowUtc)
    {
        if (!Slugs.IsValid(id))
        {
            throw new ReleaseRuleException("id-format", $"Release id '{id}' must be 1 to 100 characters of a-z, 0-9 and single hyphens");
        }
        var release = new Release { Id = id, Status = ReleaseStatus.Draft, CreatedUtc = nowUtc, UpdatedUtc = nowUtc };
        release.AddRevision(content, markdown, editedBy, nowUtc);
        return release;
    }

    /// <summary>Saves a new revision as a draft; the live revision, if any, stays live until the new one is approved and published.</summary>
    public Revision Edit(Guid expectedVersion, ReleaseContent content, IMarkdownRenderer markdown, string editedBy, DateTime nowUtc)
    {
        EnsureVersion(expectedVersion);
        if (Status == ReleaseStatus.Withdrawn)
        {
            throw new ReleaseRuleException("withdrawn-is-closed", "This release was withdrawn; reopen it before editing");
        }
        var revision = AddRevision(content, markdown, editedBy, nowUtc);
        Status = ReleaseStatus.Draft;
        return revision;
    }

    /// <summary>Saves an old revision's words as a new draft; for the two-person rule they stay the old writer's words too.</summary>
    public Revision Restore(Guid expectedVersion, int number, IMarkdownRenderer markdown, string restoredBy, DateTime nowUtc)
    {
        var old = Revisions.SingleOrDefault(r => r.Number == number)
            ?? throw new ReleaseRuleException("no-such-revision", $"This release has no revision {number}");
        var restored = Edit(expectedVersion, old.ToContent(), markdown, restoredBy, nowUtc);
        restored.MarkRestoredFrom(number);
        return restored;
    }

    public void Submit(Guid expectedVersion, Actor actor, DateTime nowUtc) =>
        Decide(expectedVersion, Transition.Submit, actor, nowUtc, () => Status = ReleaseStatus.InReview);

    public void RequestChanges(Guid expectedVersion, Actor actor, string comment, DateTime nowUtc) =>
        Decide(expectedVersion, Transition.RequestChanges, actor, nowUtc, () =>
        {
            Comment(actor, "request-changes", Required(comment, "comment-required", "Say what needs to change"), nowUtc);
            Status = ReleaseStatus.ChangesRequested;
        });

    /// <summary>Approves the latest revision: never by anyone who wrote or edited it since the last approval, and only with every check ticked.</summary>
    public void Approve(Guid expectedVersion, Actor actor, ApprovalChecklist checklist, string? comment, DateTime nowUtc) =>
        Decide(expectedVersion, Transition.Approve, actor, nowUtc, () =>
        {
            ApprovalRules.EnsureSecondPerson(Revisions, LastApprovedRevisionNumber, LatestRevisionNumber, actor);
            ApprovalRules.EnsureChecklist(checklist);
            Latest.MarkApproved(actor.Name, nowUtc);
            LastApprovedRevisionNumber = LatestRevisionNumber;
            Status = ReleaseStatus.Approved;
            if (!string.IsNullOrWhiteSpace(comment))
            {
                Comment(actor, "approve", comment, nowUtc);
            }
        });

    /// <summary>
    /// Makes the approved revision public, now or at a future embargo time. A new revision of a
    /// live release goes live now, as a correction (with a public note, feeds show it as updated)
    /// or, without a note, as a minor change (feed timestamps unchanged).
    /// </summary>
    public void Publish(Guid expectedVersion, Actor actor, DateTime? publishAtUtc, string? correctionNote, DateTime nowUtc) =>
        Decide(expectedVersion, Transition.Publish, actor, nowUtc, () => GoLive(publishAtUtc, correctionNote, nowUtc));

    /// <summary>Out of hours, one officer may publish without approval, with a reason; it stays flagged until an Approver approves it.</summary>
    public void EmergencyPublish(Guid expectedVersion, Actor actor, string reason, string? correctionNote, DateTime nowUtc) =>
        Decide(expectedVersion, Transition.EmergencyPublish, actor, nowUtc, () =>
        {
            EmergencyReason = Required(reason, "reason-required", "Give the reason this cannot wait for approval");
            if (StateAt(nowUtc) == PublicationState.Embargoed)
            {
                // An emergency is "now": the officer means to lift the embargo.
                PublishAtUtc = nowUtc;
            }
            GoLive(null, correctionNote, nowUtc);
            AwaitingRetrospectiveApproval = true;
            EmergencyEscalatedUtc = null;
            EmergencyPublishedUtc = nowUtc;
            EmergencyPublishedBy = actor.Name;
            Comment(actor, "emergency-publish", reason, nowUtc);
        });

    public void ApproveRetrospectively(Guid expectedVersion, Actor actor, ApprovalChecklist checklist, DateTime nowUtc) =>
        Decide(expectedVersion, Transition.ApproveRetrospectively, actor, nowUtc, () =>
        {
            if (string.Equals(actor.Name, EmergencyPublishedBy, StringComparison.OrdinalIgnoreCase))
            {
                throw new ReleaseRuleException("approver-published-it", "You published this in an emergency; a second person must approve it");
            }
            ApprovalRules.EnsureSecondPerson(Revisions, LastApprovedRevisionNumber, LatestRevisionNumber, actor);
            ApprovalRules.EnsureChecklist(checklist);
            Revisions.Single(r => r.Number == LiveRevisionNumber).MarkApproved(actor.Name, nowUtc);
            LastApprovedRevisionNumber = LiveRevisionNumber;
            AwaitingRetrospectiveApproval = false;
        });

    /// <summary>Sets (or, with null, clears) the time a live or scheduled release leaves every page and feed by itself.</summary>
    public void ScheduleUnpublish(Guid expectedVersion, Actor actor, DateTime? unpublishAtUtc, DateTime nowUtc)
    {
        EnsureVersion(expectedVersion);
        var stages = StagesAt(nowUtc);
        if (!stages.Contains(ReleaseStage.Live) && !stages.Contains(ReleaseStage.Scheduled))
        {
            throw new ReleaseRuleException("illegal-transition", "Only a live or scheduled release can be set to come down");
        }
        if (!actor.Can(Permission.Publish))
        {
            throw new ReleaseRuleException("not-permitted", $"{actor.Name} does not hold a role that may publish");
        }
        if (unpublishAtUtc is { } end && (end <= nowUtc || end <= PublishAtUtc))
        {
            throw new ReleaseRuleException("unpublish-before-publish", "The time it comes down must be after it goes live and in the future");
        }
        UnpublishAtUtc = unpublishAtUtc;
        Version = Guid.NewGuid();
    }

    /// <summary>Stops an approved or scheduled revision before it goes live; it becomes a draft again.</summary>
    public void Recall(Guid expectedVersion, Actor actor, DateTime nowUtc) =>
        Decide(expectedVersion, Transition.Recall, actor, nowUtc, () =>
        {
            if (StateAt(nowUtc) == PublicationState.Embargoed)
            {
                LiveRevisionNumber = null;
                PublishAtUtc = null;
                Slug = Latest.Slug;
            }
            Status = ReleaseStatus.Draft;
        });

    /// <summary>Takes a live or scheduled release off every page and feed; its URL answers 410 Gone with the reason.</summary>
    public void Withdraw(Guid expectedVersion, Actor actor, string reason, DateTime nowUtc) =>
        Decide(expectedVersion, Transition.Withdraw, actor, nowUtc, () =>
        {
            WithdrawalReason = Required(reason, "reason-required", "Give the reason for withdrawing the release");
            WithdrawnUtc = nowUtc;
            Status = ReleaseStatus.Withdrawn;
            AwaitingRetrospectiveApproval = false;
            UpdatedUtc = nowUtc;
            Comment(actor, "withdraw", reason, nowUtc);
        });

    /// <summary>Makes a withdrawn release a draft again; it needs approval before it can be public again.</summary>
    public void Reopen(Guid expectedVersion, Actor actor, DateTime nowUtc) =>
        Decide(expectedVersion, Transition.Reopen, actor, nowUtc, () =>
        {
            Status = ReleaseStatus.Draft;
            LiveRevisionNumber = null;
            PublishAtUtc = null;
            WithdrawnUtc = null;
            AwaitingRetrospectiveApproval = false;
            EmergencyEscalatedUtc = null;
            UnpublishAtUtc = null;
        });

    public ReviewComment AddComment(Actor actor, string text, DateTime nowUtc) =>
        Comment(actor, "comment", Required(text, "comment-required", "Write a comment"), nowUtc);

    /// <summary>Records that Approvers were told an emergency publication still waits; false if it needs no telling (now or again).</summary>
    public bool MarkEmergencyEscalated(TimeSpan after, DateTime nowUtc)
    {
        if (!AwaitingRetrospectiveApproval || EmergencyEscalatedUtc is not null || EmergencyPublishedUtc is not { } published || nowUtc < published + after)
        {
            return false;
        }
        EmergencyEscalatedUtc = nowUtc;
        return true;
    }

    /// <summary>Records that go-live side effects ran; false if they already had.</summary>
    public bool MarkGoLiveHandled(DateTime nowUtc)
    {
        if (GoLiveHandledUtc is not null || StateAt(nowUtc) != PublicationState.Live)
        {
            return false;
        }
        GoLiveHandledUtc = nowUtc;
        return true;
    }

    /// <summary>Records that the side effects of coming down at the set time ran; false if they already had or it is not down.</summary>
    public bool MarkTakeDownHandled(DateTime nowUtc)
    {
        if (StateAt(nowUtc) != PublicationState.Ended || HandledUnpublishAtUtc == UnpublishAtUtc)
        {
            return false;
        }
        HandledUnpublishAtUtc = UnpublishAtUtc;
        return true;
    }

    /// <summary>Recipes state a decision directly: published (and so approved) as of a time, which may be in the past.</summary>
    public void PublishAsOf(DateTime publishAtUtc)
    {
        Status = ReleaseStatus.Published;
        LiveRevisionNumber = LatestRevisionNumber;
        LastApprovedRevisionNumber = LatestRevisionNumber;
        Slug = Latest.Slug;
        PublishAtUtc = publishAtUtc;
        UpdatedUtc = publishAtUtc;
        UnpublishAtUtc = null;
        WithdrawnUtc = null;
        Latest.MarkLive(publishAtUtc, null);
        Version = Guid.NewGuid();
    }

    /// <summary>Recipes state a decision directly: a status without a live revision.</summary>
    public void SetUnpublishedStatus(ReleaseStatus status)
    {
        if (status == ReleaseStatus.Published)
        {
            throw new ReleaseRuleException("use-publish", "Use PublishAsOf to publish");
        }
        Status = status;
        LiveRevisionNumber = null;
        PublishAtUtc = null;
        LastApprovedRevisionNumber = status == ReleaseStatus.Approved ? LatestRevisionNumber : LastApprovedRevisionNumber;
        Version = Guid.NewGuid();
    }

    private void GoLive(DateTime? publishAtUtc, string? correctionNote, DateTime nowUtc)
    {
        var state = StateAt(nowUtc);
        var isLive = state == PublicationState.Live;
        if (isLive && publishAtUtc is not null)
        {
            throw new ReleaseRuleException("live-cannot-be-embargoed", "This release is already live; its changes go live now");
        }
        if (publishAtUtc is { } at && at <= nowUtc)
        {
            throw new ReleaseRuleException("publish-time-in-past", "The publication time must be in the future");
        }
        var note = string.IsNullOrWhiteSpace(correctionNote) ? null : correctionNote.Trim();
        if (PlainText.Unpublishable(note) is { } character)
        {
            throw new ReleaseRuleException("correction-note", PlainText.Refusal("The correction note", character));
        }
        // A new revision of an embargoed release keeps the embargo unless a new time is given; lifting it early is a recall and a new decision.
        var goesLiveUtc = isLive || (state == PublicationState.Embargoed && publishAtUtc is null) ? PublishAtUtc!.Value : publishAtUtc ?? nowUtc;
        if (UnpublishAtUtc is { } end && end <= goesLiveUtc)
        {
            UnpublishAtUtc = null;
        }
        // A correction is a significant change (feeds show it as updated); a minor change is not.
        UpdatedUtc = !isLive ? goesLiveUtc : note is not null ? nowUtc : UpdatedUtc;
        Latest.MarkLive(isLive ? nowUtc : goesLiveUtc, isLive ? note : null);
        Status = ReleaseStatus.Published;
        LiveRevisionNumber = LatestRevisionNumber;
        Slug = Latest.Slug;
        PublishAtUtc = goesLiveUtc;
        GoLiveHandledUtc = isLive ? GoLiveHandledUtc : null;
    }

    private void Decide(Guid expectedVersion, Transition transition, Actor actor, DateTime nowUtc, Action apply)
    {
        EnsureVersion(expectedVersion);
        ReleaseWorkflow.Require(StagesAt(nowUtc), transition, actor);
        var comments = Comments.Count;
        apply();
        Version = Guid.NewGuid();
        events.Add(new ReleaseEvent(Id, transition, actor.Name, nowUtc, Comments.Count > comments ? Comments[^1].Text : null));
    }

    private ReviewComment Comment(Actor actor, string kind, string text, DateTime nowUtc)
    {
        var comment = ReviewComment.Write(this, actor.Name, kind, text, nowUtc);
        Comments.Add(comment);
        return comment;
    }

    private static string Required(string? text, string rule, string message) =>
        string.IsNullOrWhiteSpace(text) ? throw new ReleaseRuleException(rule, message) : text.Trim();

    private Revision AddRevision(ReleaseContent content, IMarkdownRenderer markdown, string editedBy, DateTime nowUtc)
    {
        var errors = content.Validate();
        if (errors.Count > 0)
        {
            throw new ReleaseRuleException("invalid-content", string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        }
        var revision = Revision.Write(this, LatestRevisionNumber + 1, content, markdown, editedBy, nowUtc);
        Revisions.Add(revision);
        LatestRevisionNumber = revision.Number;
        if (LiveRevisionNumber is null)
        {
            Slug = revision.Slug;
        }
        Version = Guid.NewGuid();
        return revision;
    }

    private void EnsureVersion(Guid expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw new EditConflictException(Id, expectedVersion, Version);
        }
    }
}
