using PressCms.Core.People;
using PressCms.IntegrationTests.Api;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Robustness;
using PressCms.IntegrationTests.Security.Matrix;

namespace PressCms.IntegrationTests.Security;

/// <summary>
/// The attacks the authorization matrix posts as refused callers are real: sent by someone who may
/// (an administrator's session, an API token of every scope), each one changes the newsroom. So
/// "refused, and nothing changed" in the matrix means the rule held, not that the form was broken.
/// </summary>
public abstract class AttackFormTests
{
    protected abstract string Provider { get; }

    /// <summary>The moves that bring a new draft to where each API decision is legal.</summary>
    private static readonly Dictionary<string, string[]> Before = new()
    {
        ["submit"] = [],
        ["approve"] = ["submit"],
        ["request-changes"] = ["submit"],
        ["publish"] = ["submit", "approve"],
        ["recall"] = ["submit", "approve"],
        ["withdraw"] = ["submit", "approve", "publish"],
        ["reopen"] = ["submit", "approve", "publish", "withdraw"],
        ["emergency-publish"] = [],
        ["approve-retrospectively"] = ["emergency-publish"],
    };

    [Fact]
    public async Task Should_change_the_newsroom_when_someone_allowed_sends_each_attack()
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var probes = Probe.Of(await RouteCatalog.ReadAsync(newsroom.Services));
        var (callers, targets) = await MatrixCallers.StartAsync(newsroom);
        var administrator = callers.Single(c => c.Name == "administrator");
        var api = newsroom.Api(newsroom.AdminToken).Http;
        // The admin token wrote every release it makes, so approvals come from someone else, as the two-person rule says.
        var approver = newsroom.Api(await newsroom.Factory.IssueTokenAsync(NewsroomFactory.ApproverEmail)).Http;
        var rules = AccessRules.All.ToDictionary(r => r.Key);
        var harmless = new List<string>();

        foreach (var probe in probes.Where(p => rules[p.Key].Attack is not null || rules[p.Key].AttackJson is not null))
        {
            var decision = probe.IsApi && probe.Route.Parameters.Contains("id") && Before.ContainsKey(probe.Route.Template.Split('/')[^1])
                ? probe.Route.Template.Split('/')[^1] : null;
            var caller = !probe.IsApi ? administrator
                : new MatrixCaller("api", MatrixCaller.Kinds.Token, decision is "approve" or "approve-retrospectively" ? approver : api, "");
            var release = decision is null ? targets : targets with { DraftId = await ReleaseBeforeAsync(api, approver, decision) };
            var paths = decision is null ? RouteSweepTests.RealisticUrls(newsroom, probe.Route) : [probe.Route.Fill(p => p == "id" ? release.DraftId : "x")];
            var changed = false;
            foreach (var path in paths)
            {
                await MatrixCallers.RefreshAsync(newsroom, targets);
                var before = await NewsroomState.ReadAsync(newsroom.Services);
                var url = probe.Handler.Length > 0 ? $"{path}?handler={probe.Handler}" : path;
                using var response = await newsroom.Findings.SendAsync(new Caller(caller.Name, caller.Http),
                    MatrixRequest.For(probe, rules[probe.Key], caller, probe.Methods[0], url, admitted: false, release));
                changed |= NewsroomState.Changed(before, await NewsroomState.ReadAsync(newsroom.Services)).Count > 0;
                TestContext.Current.TestOutputHelper?.WriteLine($"{probe.Key}: {url} -> {(response is null ? "no answer" : Answers.Describe(response))}");
            }
            if (!changed)
            {
                harmless.Add(probe.Key);
            }
        }

        Assert.True(harmless.Count == 0, "these attacks change nothing even when someone allowed sends them, so their refusal proves little:\n" + string.Join("\n", harmless));
        newsroom.Findings.AssertNone();
    }

    private static int drafts;

    /// <summary>A new draft, moved through the API to where <paramref name="decision"/> is legal.</summary>
    private static async Task<string> ReleaseBeforeAsync(HttpClient api, HttpClient approver, string decision)
    {
        var id = await api.CreateAsync($"attack-proof-{Interlocked.Increment(ref drafts)}");
        foreach (var move in Before[decision])
        {
            var (by, body) = move switch
            {
                "approve" => (approver, ApiClients.AllChecked),
                "withdraw" or "emergency-publish" => (api, """{ "reason": "Getting the release where the decision is legal" }"""),
                _ => (api, "{}"),
            };
            var response = await by.PostJsonAsync($"/api/releases/{id}/{move}", body);
            Assert.True(response.IsSuccessStatusCode, $"{move} of {id}: {await response.Content.ReadAsStringAsync()}");
        }
        return id;
    }
}

public sealed class AttackFormTestsOnSqlite : AttackFormTests
{
    protected override string Provider => Database.Sqlite;
}

public sealed class AttackFormTestsOnPostgres : AttackFormTests
{
    protected override string Provider => Database.Postgres;
}
