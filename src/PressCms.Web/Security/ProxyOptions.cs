namespace PressCms.Web.Security;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed
/// (<c>PressCms:Proxy</c>). Loopback is always trusted, as ASP.NET Core does by default, for a
/// proxy on the same machine; nobody else's forwarded headers are read, so a client cannot claim
/// another address to slip past per-address limits.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "PressCms:Proxy";

    /// <summary>Addresses of proxies, e.g. "10.0.0.5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of proxies in CIDR form, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
