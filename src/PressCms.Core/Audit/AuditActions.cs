namespace PressCms.Core.Audit;

/// <summary>The names audit entries use for what happened.</summary>
public static class AuditActions
{
    public const string SiteSetUp = "site.set-up";
    public const string RecipeApplied = "recipe.applied";
    public const string SignedIn = "account.signed-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string SignedOut = "account.signed-out";
    public const string UserAdded = "user.added";
    public const string RolesChanged = "user.roles-changed";
    public const string ReleaseCreated = "release.created";
    public const string ReleaseEdited = "release.edited";
    public const string ReleasePublished = "release.published";
    public const string ReleaseScheduled = "release.scheduled";
    public const string ReleaseUnpublished = "release.unpublished";
    public const string EditConflict = "release.edit-conflict";
}
