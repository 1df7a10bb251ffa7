using System.Diagnostics;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Robustness;
using PressCms.IntegrationTests.Security.Matrix;

namespace PressCms.IntegrationTests.Security;

/// <summary>
/// The authorization matrix: every route the site maps (read from its endpoints, with each page
/// handler) against every kind of caller, checked against one explicit table of who may reach what
/// (<see cref="AccessRules"/>). A route with no rule fails, so does a rule for no route; a caller the
/// rule refuses must get the site's own refusal for them and change nothing, even posting a real
/// attack; a caller it admits must not be refused.
/// </summary>
public abstract class AuthorizationMatrixTests
{
    protected abstract string Provider { get; }

    [Fact]
    public async Task Should_have_exactly_one_rule_for_every_route_method_and_page_handler()
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Provider, setUp: false);

        var problems = CoverageProblems(Probe.Of(await RouteCatalog.ReadAsync(newsroom.Services)));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Should_refuse_every_caller_the_rules_refuse_and_admit_every_caller_they_admit()
    {
        var clock = Stopwatch.StartNew();
        await using var newsroom = await HostileNewsroom.StartAsync(Provider);
        var probes = Probe.Of(await RouteCatalog.ReadAsync(newsroom.Services));
        Assert.Empty(CoverageProblems(probes));
        var (callers, targets) = await MatrixCallers.StartAsync(newsroom);
        var unknownCallers = AccessRules.Gaps.SelectMany(g => g.Callers).Except(callers.Select(c => c.Name)).ToList();
        Assert.True(unknownCallers.Count == 0, "known gaps name callers the matrix does not have: " + string.Join(", ", unknownCallers));
        var rules = AccessRules.All.ToDictionary(r => r.Key);
        var failures = new List<string>();
        var gaps = new List<string>();
        var sent = 0;
        IReadOnlyList<string>? state = null;

        foreach (var order in rules.Values.Select(r => r.Order).Distinct().Order())
        {
            foreach (var caller in callers)
            {
                foreach (var probe in probes.Where(p => rules[p.Key].Order == order))
                {
                    var rule = rules[probe.Key];
                    var admitted = caller.May(rule.Audience);
                    foreach (var path in RouteSweepTests.RealisticUrls(newsroom, probe.Route))
                    {
                        foreach (var method in probe.Methods)
                        {
                            if (!admitted && state is null)
                            {
                                state = await NewsroomState.ReadAsync(newsroom.Services);
                                await MatrixCallers.RefreshAsync(newsroom, targets);
                            }
                            var url = probe.Handler.Length > 0 ? $"{path}?handler={probe.Handler}" : path;
                            var what = $"({caller.Name}) {method} {url} [{rule.Audience}]";
                            sent++;
                            using var response = await newsroom.Findings.SendAsync(new Caller(caller.Name, caller.Http), MatrixRequest.For(probe, rule, caller, method, url, admitted, targets));
                            if (response is null)
                            {
                                state = null;
                                continue;
                            }
                            if (admitted)
                            {
                                if (rule.Status is { } status ? (int)response.StatusCode != status : Answers.IsRefusal(response))
                                {
                                    failures.Add($"{what} may reach it{(rule.Status is { } answering ? $" (answering {answering})" : "")}, but answered {Answers.Describe(response)}");
                                }
                                // What an admitted caller did may have changed the newsroom; the next refusal is measured from then.
                                state = null;
                                continue;
                            }
                            var expected = caller.RefusalOf(rule.Audience);
                            var mismatch = await Answers.MismatchAsync(expected, response);
                            var gap = AccessRules.Gaps.FirstOrDefault(g => g.Key == probe.Key && g.Callers.Contains(caller.Name));
                            if (gap is not null)
                            {
                                gaps.Add($"{what} -> {Answers.Describe(response)}: {gap.What}");
                                if (mismatch is null)
                                {
                                    failures.Add($"{what} is refused now ({expected}): the known gap is closed, remove it from AccessRules.Gaps");
                                }
                            }
                            else if (mismatch is not null)
                            {
                                failures.Add($"{what} should be refused ({expected}), but answered {mismatch}");
                            }
                            var after = await NewsroomState.ReadAsync(newsroom.Services);
                            if (NewsroomState.Changed(state!, after) is { Count: > 0 } changed)
                            {
                                // A known gap's change is part of the gap, reported with it.
                                (gap is null ? failures : gaps).Add($"{what} {(gap is null ? "was refused, yet changed" : "changed")} {string.Join(", ", changed)}");
                                await MatrixCallers.RefreshAsync(newsroom, targets);
                            }
                            state = after;
                        }
                    }
                }
            }
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{probes.Count} route methods and handlers ({probes.Select(p => p.Route).Distinct().Count()} routes) × {callers.Count} callers: {sent} requests in {clock.Elapsed.TotalSeconds:0.0} s");
        output?.WriteLine($"{gaps.Count} known gaps:\n" + string.Join("\n", gaps));
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests broke the rules:\n" + string.Join("\n", failures));
        newsroom.Findings.AssertNone();
    }

    /// <summary>Routes without a rule, rules without a route, keys ruled twice, and known gaps of no rule.</summary>
    private static List<string> CoverageProblems(IReadOnlyList<Probe> probes)
    {
        var keys = probes.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var ruled = AccessRules.All.Select(r => r.Key).ToList();
        return
        [
            .. keys.Except(ruled).Order(StringComparer.Ordinal).Select(k => $"no rule for \"{k}\": add one to AccessRules saying who may reach it"),
            .. ruled.Except(keys).Order(StringComparer.Ordinal).Select(k => $"the rule for \"{k}\" matches no route: remove it"),
            .. ruled.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => $"\"{g.Key}\" has {g.Count()} rules"),
            .. AccessRules.Gaps.Where(g => !ruled.Contains(g.Key)).Select(g => $"the known gap \"{g.Key}\" names no rule"),
        ];
    }
}

public sealed class AuthorizationMatrixTestsOnSqlite : AuthorizationMatrixTests
{
    protected override string Provider => Database.Sqlite;
}

/// <summary>The same rules on PostgreSQL, where the sessions, tokens and users the refusals read live in another database engine.</summary>
public sealed class AuthorizationMatrixTestsOnPostgres : AuthorizationMatrixTests
{
    protected override string Provider => Database.Postgres;
}
