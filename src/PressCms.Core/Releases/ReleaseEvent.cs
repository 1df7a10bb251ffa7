using PressCms.Core.Workflow;

namespace PressCms.Core.Releases;

/// <summary>A decision taken on a release, raised for side effects (notifications) to handle after it is saved.</summary>
public sealed record ReleaseEvent(string ReleaseId, Transition Transition, string Actor, DateTime AtUtc, string? Comment);
