namespace PressCms.Core.Workflow;

/// <summary>One row of the workflow table: from a stage, a transition leads to a stage, for those with the permission.</summary>
public sealed record Move(ReleaseStage From, Transition Transition, ReleaseStage To, Permission Permission);
