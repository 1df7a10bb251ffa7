namespace PressCms.BrowserTests.Infrastructure;

/// <summary>
/// deploy/nginx/presscms.conf, the file a force installs, with only what every deployment changes
/// replaced: the site's port, nginx's ports (on loopback), the certificate, and no IPv6 listener.
/// Each value must be found exactly once, so the file and the tests cannot drift apart.
/// </summary>
public static class ShippedNginxSite
{
    public static string FilePath { get; } = Path.Combine(RepositoryRoot(), "deploy", "nginx", "presscms.conf");

    public static string For(int sitePort, int httpsPort, int httpPort, LoopbackCertificate certificate)
    {
        var text = File.ReadAllText(FilePath);
        text = Replace(text, "server 127.0.0.1:5000;", $"server 127.0.0.1:{sitePort};");
        text = Replace(text, "listen 443 ssl http2;", $"listen 127.0.0.1:{httpsPort} ssl http2;");
        text = Replace(text, "listen 80;", $"listen 127.0.0.1:{httpPort};");
        // Loopback IPv6 is missing from some containers; the IPv4 listeners are the same servers.
        text = Replace(text, "listen [::]:443 ssl http2;", "");
        text = Replace(text, "listen [::]:80;", "");
        text = Replace(text, "/etc/ssl/certs/news.example.police.uk.pem", certificate.CertificatePath);
        return Replace(text, "/etc/ssl/private/news.example.police.uk.key", certificate.KeyPath);
    }

    private static string Replace(string text, string shipped, string tested)
    {
        var first = text.IndexOf(shipped, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(shipped, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"{FilePath} no longer holds `{shipped}` exactly once: change {nameof(ShippedNginxSite)} with it");
        }
        return text.Replace(shipped, tested, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PressCms.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PressCms.sln not found above " + AppContext.BaseDirectory);
    }
}
