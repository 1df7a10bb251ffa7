namespace PressCms.IntegrationTests.Security.Matrix;

/// <summary>
/// One line of the authorization matrix: a route as the catalogue names it ("GET /admin/users",
/// "POST /admin/users ?handler=Disable", "GET,HEAD /news/{slug}", "* /error"), who may reach it, and why.
/// </summary>
/// <param name="Why">For anything but the obvious: what makes the route safe for its audience.</param>
public sealed record AccessRule(string Key, Audience Audience, string Why = "")
{
    /// <summary>
    /// The form a refused caller posts: what someone without the right would send to do harm (disable
    /// a colleague, make themselves administrator), so "refused" means nothing happened, not only that
    /// an empty form failed. Callers who may reach the route post the antiforgery token alone.
    /// </summary>
    public Func<Targets, IEnumerable<KeyValuePair<string, string>>>? Attack { get; init; }

    /// <summary>The JSON a refused API caller sends; callers with the scope send "{}" and a stale If-Match.</summary>
    public Func<Targets, string>? AttackJson { get; init; }

    /// <summary>The status every admitted caller gets, when the page's answer is a refusal by design (the "denied" page's 403).</summary>
    public int? Status { get; init; }

    /// <summary>Sent after every other rule (1), or last of all (2: signing out ends the caller's session).</summary>
    public int Order { get; init; }
}
