namespace PressCms.IntegrationTests.Security.Matrix;

/// <summary>The real things an attack form names: a colleague to disable, a token to revoke, the current versions of releases (shared by copies).</summary>
public sealed record Targets
{
    public string VictimUserId { get; init; } = "";

    /// <summary>A disabled account, for an attempt to enable it.</summary>
    public string DisabledUserId { get; init; } = "";

    public long VictimTokenId { get; init; }

    public string DraftId { get; init; } = "";

    public string ApprovedId { get; init; } = "";

    public string MediaId { get; init; } = "";

    /// <summary>Each release's version now, so a forged decision would apply if it were let through.</summary>
    public Dictionary<string, Guid> Versions { get; } = [];

    public string VersionOf(string releaseId) => Versions.TryGetValue(releaseId, out var version) ? version.ToString() : Guid.Empty.ToString();
}
