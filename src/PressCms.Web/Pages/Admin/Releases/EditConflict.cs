namespace PressCms.Web.Pages.Admin.Releases;

/// <summary>
/// Shown when someone saved the release after this editor opened it: what they changed since then,
/// and how this editor's unsaved text differs from what is saved now.
/// </summary>
public sealed record EditConflict(string SavedBy, DateTime SavedUtc, IReadOnlyList<FieldChange> TheirChanges, IReadOnlyList<FieldChange> YourDifferences);
