namespace PressCms.Web.Setup;

public sealed record SetupRequest(string SiteName, string Recipe, string AdminEmail, string AdminPassword);
