using System.Diagnostics.CodeAnalysis;
using Microsoft.Playwright;

namespace PressCms.BrowserTests.Infrastructure;

/// <summary>
/// The system's Chromium, never a downloaded one. Missing, it skips browser tests on a developer
/// machine; in CI (PRESSCMS_REQUIRE_BROWSER=1) it fails them, so a broken image cannot pass green.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("PRESSCMS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsRequired => Environment.GetEnvironmentVariable("PRESSCMS_REQUIRE_BROWSER") == "1";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    };

    /// <summary>Ends the current test: a skip normally, a failure when CI requires the browser.</summary>
    [DoesNotReturn]
    public static void Unavailable(string reason)
    {
        if (IsRequired)
        {
            Assert.Fail($"PRESSCMS_REQUIRE_BROWSER=1 but the browser tests cannot run: {reason}");
        }
        Assert.Skip($"{reason} (set PRESSCMS_CHROMIUM to a Chromium executable, or PRESSCMS_REQUIRE_BROWSER=1 to fail instead of skipping)");
    }
}
