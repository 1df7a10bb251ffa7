using PressCms.Core.Releases;

namespace PressCms.Core.Recipes;

/// <summary>One release item read on its own (a JSON API body): an id only if it gave one, and its validated content.</summary>
public sealed record ReleaseItem(string? Id, ReleaseContent Content);
