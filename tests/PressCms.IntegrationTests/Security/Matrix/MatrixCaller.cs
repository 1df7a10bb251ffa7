namespace PressCms.IntegrationTests.Security.Matrix;

/// <summary>One kind of caller the matrix sends every route: its client (with cookies) and the antiforgery token its forms carry.</summary>
public sealed record MatrixCaller(string Name, MatrixCaller.Kinds Kind, HttpClient Http, string FormToken)
{
    public enum Kinds
    {
        Anonymous,

        /// <summary>Signed in with password and second factor.</summary>
        Session,

        /// <summary>Password given, second factor not yet.</summary>
        Pending,

        /// <summary>A bearer token on every request.</summary>
        Token,
    }

    /// <summary>A session's role; null for an account that holds none.</summary>
    public string? Role { get; init; }

    /// <summary>A token's one scope; null for a token that no longer works (expired, revoked).</summary>
    public string? Scope { get; init; }

    /// <summary>Whether a pending caller's account has a second factor set up already.</summary>
    public bool Enrolled { get; init; }

    public bool May(Audience audience) => audience switch
    {
        Audience.Public => true,
        Audience.PendingSecondFactor => Kind == Kinds.Pending,
        Audience.PendingEnrolment => Kind == Kinds.Pending && !Enrolled,
        Audience.Staff => Kind == Kinds.Session && Role is not null,
        Audience.Administrator => Kind == Kinds.Session && Role == Core.People.StaffRoles.Administrator,
        Audience.ApiRead => Kind == Kinds.Token && Scope == Core.People.ApiScopeNames.Read,
        Audience.ApiWrite => Kind == Kinds.Token && Scope == Core.People.ApiScopeNames.Write,
        Audience.ApiDecide => Kind == Kinds.Token && Scope == Core.People.ApiScopeNames.Decide,
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, null),
    };

    /// <summary>What the site answers this caller on a route it may not reach.</summary>
    public Refusal RefusalOf(Audience audience) => audience switch
    {
        Audience.ApiRead or Audience.ApiWrite or Audience.ApiDecide => Kind == Kinds.Token && Scope is not null ? Refusal.ScopeMissing : Refusal.Unauthorized,
        Audience.PendingSecondFactor or Audience.PendingEnrolment => Refusal.StartAgain,
        Audience.Staff or Audience.Administrator => Kind == Kinds.Session ? Refusal.Denied : Refusal.SignIn,
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, "nobody is refused a public route"),
    };
}
