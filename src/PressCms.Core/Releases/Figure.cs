namespace PressCms.Core.Releases;

/// <summary>A number the release states, e.g. "Suspects arrested: 38". Value is null only while a form is being corrected.</summary>
public sealed record Figure(string Label, decimal? Value, string? Unit = null, string? Period = null);
