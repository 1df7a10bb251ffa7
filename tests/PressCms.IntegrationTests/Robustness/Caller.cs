namespace PressCms.IntegrationTests.Robustness;

/// <summary>Who sends a probe: a name for the findings ("anonymous", "admin", "api admin") and their client.</summary>
public sealed record Caller(string Name, HttpClient Http);
