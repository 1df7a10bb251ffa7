namespace PressCms.Core.Audit;

/// <summary>How an actor reached the newsroom, recorded with each audit entry.</summary>
public static class AuditChannels
{
    public const string Admin = "admin";
    public const string Api = "api";
    public const string CommandLine = "cli";
    /// <summary>The newsroom itself, acting on a clock (go-live, escalation); the actor is <see cref="SystemActor"/>.</summary>
    public const string System = "system";
    public const string SystemActor = "system";
}
