namespace PressCms.IntegrationTests.Security.Matrix;

/// <summary>How the site refuses a caller, as it really answers (see <see cref="Answers"/>).</summary>
public enum Refusal
{
    /// <summary>A page for signed-in staff, to someone not signed in: 302 to /account/login?ReturnUrl=….</summary>
    SignIn,

    /// <summary>A page the signed-in person's roles do not reach: 302 to /account/denied?ReturnUrl=….</summary>
    Denied,

    /// <summary>The second-factor pages without a pending password: 302 to /account/login, to start again.</summary>
    StartAgain,

    /// <summary>The API without a live token (a cookie session included): 401 problem+json with a Bearer challenge.</summary>
    Unauthorized,

    /// <summary>The API with a live token that lacks the scope: 403 problem+json, rule "scope-missing".</summary>
    ScopeMissing,
}
