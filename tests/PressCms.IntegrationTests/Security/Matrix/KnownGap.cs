namespace PressCms.IntegrationTests.Security.Matrix;

/// <summary>
/// A caller who gets past a rule today, recorded rather than hidden: the matrix reports it on every
/// run, and fails once the gap is closed, so the entry is removed and the rule then holds for them too.
/// </summary>
/// <param name="Callers">The callers' names, as <see cref="MatrixCaller.Name"/> gives them.</param>
public sealed record KnownGap(string Key, IReadOnlyList<string> Callers, string What);
