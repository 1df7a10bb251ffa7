namespace PressCms.Web.Setup;

/// <param name="BaseUrl">The public address; null keeps the recipe's.</param>
public sealed record SetupRequest(string SiteName, string Recipe, string AdminEmail, string AdminPassword, string? BaseUrl = null);
