namespace PressCms.IntegrationTests.Security.Matrix;

/// <summary>Who may reach a route: what its rule in <see cref="AccessRules"/> says.</summary>
public enum Audience
{
    /// <summary>Anyone: readers, staff in any state, API tokens of any kind.</summary>
    Public,

    /// <summary>A browser that gave a right password and not yet the second factor (the pending cookie); nobody else.</summary>
    PendingSecondFactor,

    /// <summary>As <see cref="PendingSecondFactor"/>, for an account that has no second factor yet (setting one up).</summary>
    PendingEnrolment,

    /// <summary>A member of staff in any role, signed in with the second factor.</summary>
    Staff,

    /// <summary>An administrator signed in with the second factor (the ManageUsers permission, which only that role holds).</summary>
    Administrator,

    /// <summary>An API token with the read scope; no cookie session, however privileged, may use the API.</summary>
    ApiRead,

    /// <summary>An API token with the write scope.</summary>
    ApiWrite,

    /// <summary>An API token with the decide scope.</summary>
    ApiDecide,
}
