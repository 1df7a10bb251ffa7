using PressCms.Core.Workflow;

namespace PressCms.Core.Audit;

/// <summary>The names audit entries use for what happened.</summary>
public static class AuditActions
{
    public const string SiteSetUp = "site.set-up";
    public const string RecipeApplied = "recipe.applied";
    /// <summary>An administrator changed the newsroom's name, public address or time zone on the settings page.</summary>
    public const string SettingsChanged = "site.settings-changed";
    public const string SignedIn = "account.signed-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string SignedOut = "account.signed-out";
    public const string PasswordChanged = "account.password-changed";
    /// <summary>A member of staff set up their authenticator app (their second factor).</summary>
    public const string SecondFactorEnrolled = "account.second-factor-enrolled";
    public const string RecoveryCodesRenewed = "account.recovery-codes-renewed";
    public const string PasskeyAdded = "account.passkey-added";
    public const string PasskeyRemoved = "account.passkey-removed";
    /// <summary>An administrator cleared someone's second factor (a lost phone); they enrol again at next sign-in.</summary>
    public const string SecondFactorReset = "user.second-factor-reset";
    /// <summary>Someone asked for a reset link for an address (whether or not it is an account's).</summary>
    public const string PasswordResetRequested = "account.password-reset-requested";
    public const string PasswordReset = "account.password-reset";
    public const string UserAdded = "user.added";
    public const string RolesChanged = "user.roles-changed";
    /// <summary>An administrator ended every session of another user (their sign-in cookies stop working).</summary>
    public const string SessionsEnded = "user.sessions-ended";
    /// <summary>An administrator disabled an account: no sign-in, no session, no API token until enabled again.</summary>
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string ReleaseCreated = "release.created";
    public const string ReleaseEdited = "release.edited";
    public const string ReleasePublished = "release.published";
    public const string ReleaseScheduled = "release.scheduled";
    public const string ReleaseCommented = "release.commented";
    public const string EditConflict = "release.edit-conflict";
    public const string ImageUploaded = "image.uploaded";
    public const string ImageDescribed = "image.described";
    public const string ImageRemoved = "image.removed-everywhere";
    /// <summary>Go-live side effects ran for a release that became public; written once per release going live.</summary>
    public const string ReleaseWentLive = "release.went-live";
    /// <summary>A release came down at the time set when it was published; written once per time set.</summary>
    public const string ReleaseTakenDown = "release.taken-down";
    /// <summary>Approvers were told an emergency publication still waits for retrospective approval.</summary>
    public const string ReleaseEscalated = "release.escalated";

    /// <summary>The action name of a workflow decision, e.g. "release.request-changes".</summary>
    public static string Of(Transition transition) => transition switch
    {
        Transition.Submit => "release.submitted",
        Transition.Approve => "release.approved",
        Transition.RequestChanges => "release.changes-requested",
        Transition.Publish => ReleasePublished,
        Transition.Recall => "release.recalled",
        Transition.Withdraw => "release.withdrawn",
        Transition.Reopen => "release.reopened",
        Transition.EmergencyPublish => "release.emergency-published",
        _ => "release.approved-retrospectively",
    };
}
