using PressCms.Core.Releases;

namespace PressCms.Core.Workflow;

/// <summary>
/// The human decisions a release goes through, as one table. Nothing else decides which move is
/// legal: pages, the API and the domain all ask <see cref="Allows"/> or <see cref="Require"/>.
/// </summary>
public static class ReleaseWorkflow
{
    public static readonly IReadOnlyList<Move> Moves =
    [
        new(ReleaseStage.Draft, Transition.Submit, ReleaseStage.InReview, Permission.Submit),
        new(ReleaseStage.ChangesRequested, Transition.Submit, ReleaseStage.InReview, Permission.Submit),
        new(ReleaseStage.InReview, Transition.Approve, ReleaseStage.Approved, Permission.Approve),
        new(ReleaseStage.InReview, Transition.RequestChanges, ReleaseStage.ChangesRequested, Permission.Approve),
        new(ReleaseStage.Approved, Transition.Publish, ReleaseStage.Live, Permission.Publish),
        new(ReleaseStage.Approved, Transition.Recall, ReleaseStage.Draft, Permission.Publish),
        new(ReleaseStage.Scheduled, Transition.Recall, ReleaseStage.Draft, Permission.Publish),
        new(ReleaseStage.Live, Transition.Withdraw, ReleaseStage.Withdrawn, Permission.Withdraw),
        new(ReleaseStage.Scheduled, Transition.Withdraw, ReleaseStage.Withdrawn, Permission.Withdraw),
        new(ReleaseStage.Ended, Transition.Withdraw, ReleaseStage.Withdrawn, Permission.Withdraw),
        new(ReleaseStage.Withdrawn, Transition.Reopen, ReleaseStage.Draft, Permission.Publish),
        new(ReleaseStage.Draft, Transition.EmergencyPublish, ReleaseStage.Live, Permission.EmergencyPublish),
        new(ReleaseStage.ChangesRequested, Transition.EmergencyPublish, ReleaseStage.Live, Permission.EmergencyPublish),
        new(ReleaseStage.InReview, Transition.EmergencyPublish, ReleaseStage.Live, Permission.EmergencyPublish),
        new(ReleaseStage.AwaitingRetrospectiveApproval, Transition.ApproveRetrospectively, ReleaseStage.Live, Permission.Approve),
    ];

    /// <summary>The row that permits this transition from one of the release's current stages, if any.</summary>
    public static Move? Find(IReadOnlySet<ReleaseStage> stages, Transition transition) =>
        Moves.FirstOrDefault(m => m.Transition == transition && stages.Contains(m.From));

    public static bool Allows(IReadOnlySet<ReleaseStage> stages, Transition transition, Actor actor) =>
        Find(stages, transition) is { } move && actor.Can(move.Permission);

    /// <summary>The move, or a refusal naming the rule: "illegal-transition" or "not-permitted".</summary>
    public static Move Require(IReadOnlySet<ReleaseStage> stages, Transition transition, Actor actor)
    {
        var move = Find(stages, transition) ?? throw new ReleaseRuleException("illegal-transition",
            $"A release that is {Describe(stages)} cannot be sent to {Name(transition)}");
        if (!actor.Can(move.Permission))
        {
            throw new ReleaseRuleException("not-permitted", $"{actor.Name} does not hold a role that may {Name(transition)}");
        }
        return move;
    }

    public static IEnumerable<Transition> Available(IReadOnlySet<ReleaseStage> stages, Actor actor) =>
        Enum.GetValues<Transition>().Where(t => Allows(stages, t, actor));

    public static string Name(Transition transition) => transition switch
    {
        Transition.Submit => "submit for review",
        Transition.Approve => "approve",
        Transition.RequestChanges => "request changes",
        Transition.Publish => "publish",
        Transition.Recall => "recall",
        Transition.Withdraw => "withdraw",
        Transition.Reopen => "reopen",
        Transition.EmergencyPublish => "publish in an emergency",
        _ => "approve retrospectively",
    };

    private static string Describe(IReadOnlySet<ReleaseStage> stages) => string.Join(" and ", stages.Select(s => s switch
    {
        ReleaseStage.InReview => "in review",
        ReleaseStage.ChangesRequested => "waiting for changes",
        ReleaseStage.AwaitingRetrospectiveApproval => "awaiting retrospective approval",
        _ => s.ToString().ToLowerInvariant(),
    }));
}
