namespace PressCms.Core.Audit;

/// <summary>How an actor reached the newsroom, recorded with each audit entry.</summary>
public static class AuditChannels
{
    public const string Admin = "admin";
    public const string Api = "api";
    public const string CommandLine = "cli";
}
