namespace PressCms.Core.Releases;

/// <summary>A domain rule refused a change. Rule is a stable name the API and audit trail can quote.</summary>
public sealed class ReleaseRuleException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
