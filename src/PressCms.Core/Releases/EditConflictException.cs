namespace PressCms.Core.Releases;

/// <summary>Someone saved the release after the editor loaded it; nothing was overwritten.</summary>
public sealed class EditConflictException(string releaseId, Guid expected, Guid actual)
    : Exception($"Release '{releaseId}' was changed by someone else (expected version {expected}, found {actual}).")
{
    public string ReleaseId { get; } = releaseId;
}
