using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PressCms.BrowserTests.Accessibility;

/// <summary>Runs axe-core on the page as it stands against WCAG 2.2 A and AA; a serious or critical violation fails the test.</summary>
public static class AxeAudit
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        Assert.True(result.Passes.Length > 0, $"axe-core checked nothing on {page.Url}; was it blocked from running?");
        var lesser = result.Violations.Where(v => v.Impact is not ("serious" or "critical")).ToList();
        if (lesser.Count > 0)
        {
            // Moderate and minor findings do not fail the build, but stay visible in the test log.
            TestContext.Current.TestOutputHelper?.WriteLine(Describe(page.Url, lesser));
        }
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, Describe(page.Url, serious));
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations) =>
        $"axe-core found on {url}:" + string.Concat(violations.Select(v =>
            $"\n- {v.Id} ({v.Impact}): {v.Help}" + string.Concat(v.Nodes.Select(n => $"\n    at {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(check => check.Message))}"))));
}
