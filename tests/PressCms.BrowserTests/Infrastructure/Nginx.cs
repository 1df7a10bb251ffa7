using System.Diagnostics.CodeAnalysis;

namespace PressCms.BrowserTests.Infrastructure;

/// <summary>
/// Debian's nginx with the headers-more module the shipped configuration loads. Missing, it skips
/// the production tests on a developer machine; in CI (PRESSCMS_REQUIRE_NGINX=1) it fails them,
/// so a machine without nginx cannot pass green.
/// </summary>
public static class Nginx
{
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("PRESSCMS_NGINX") is { Length: > 0 } path ? path : "/usr/sbin/nginx";

    /// <summary>Where Debian's libnginx-mod-http-headers-more-filter puts the module.</summary>
    public const string HeadersMoreModule = "/usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so";

    public static bool IsRequired => Environment.GetEnvironmentVariable("PRESSCMS_REQUIRE_NGINX") == "1";

    /// <summary>Why nginx cannot run here, or null when it can.</summary>
    public static string? Missing =>
        !File.Exists(ExecutablePath) ? $"nginx not found at {ExecutablePath} (apt-get install nginx-light)"
        : !File.Exists(HeadersMoreModule) ? $"the headers-more module is not at {HeadersMoreModule} (apt-get install libnginx-mod-http-headers-more-filter)"
        : null;

    /// <summary>Ends the current test: a skip normally, a failure when CI requires nginx.</summary>
    [DoesNotReturn]
    public static void Unavailable(string reason)
    {
        if (IsRequired)
        {
            Assert.Fail($"PRESSCMS_REQUIRE_NGINX=1 but the tests behind nginx cannot run: {reason}");
        }
        Assert.Skip($"{reason} (set PRESSCMS_NGINX to an nginx executable, or PRESSCMS_REQUIRE_NGINX=1 to fail instead of skipping)");
    }
}
