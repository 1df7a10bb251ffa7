using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PressCms.BrowserTests.Infrastructure;

/// <summary>
/// nginx in front of the site with the shipped configuration, as a child process of the test with
/// everything it writes (pid, error log, temporary files, certificate) in one temporary folder,
/// listening on free loopback ports. Disposing stops it and deletes the folder.
/// </summary>
public sealed class NginxProxy : IDisposable
{
    private readonly Process process;
    private readonly string folder;

    private NginxProxy(Process process, string folder, int httpsPort, int httpPort, LoopbackCertificate certificate)
    {
        this.process = process;
        this.folder = folder;
        HttpsPort = httpsPort;
        HttpPort = httpPort;
        Certificate = certificate;
    }

    public int HttpsPort { get; }

    /// <summary>The plain-HTTP server, which only redirects.</summary>
    public int HttpPort { get; }

    public LoopbackCertificate Certificate { get; }

    /// <summary>
    /// The site's host name: a name, not 127.0.0.1 or localhost, which ASP.NET Core never sends HSTS
    /// to. Chromium takes every *.localhost name for loopback (RFC 6761); clients here connect to
    /// 127.0.0.1 whatever the name.
    /// </summary>
    public const string Host = "news.localhost";

    /// <summary>The site as readers reach it, ending in a slash.</summary>
    public string HttpsUrl => $"https://{Host}:{HttpsPort}/";

    public string HttpUrl => $"http://{Host}:{HttpPort}/";

    public static NginxProxy Start(int sitePort)
    {
        var folder = Path.Combine(Path.GetTempPath(), "presscms-nginx-" + Guid.NewGuid().ToString("N"));
        // Readable by nginx's workers, which run as nobody when the tests run as root.
        Directory.CreateDirectory(folder);
        try
        {
            var certificate = LoopbackCertificate.Create(folder, Host);
            // A free port found by binding 0 may be taken again before nginx binds it: try again then.
            for (var attempt = 1; ; attempt++)
            {
                var (httpsPort, httpPort) = (FreePort(), FreePort());
                File.WriteAllText(Path.Combine(folder, "presscms.conf"), ShippedNginxSite.For(sitePort, httpsPort, httpPort, certificate));
                File.WriteAllText(Path.Combine(folder, "nginx.conf"), MainConfiguration(folder));
                var process = Launch(folder);
                if (WaitUntilListening(process, httpsPort, httpPort))
                {
                    return new NginxProxy(process, folder, httpsPort, httpPort, certificate);
                }
                Stop(process);
                var log = File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log")) : "";
                if (attempt == 3 || !log.Contains("Address already in use", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"nginx did not start with {ShippedNginxSite.FilePath}:\n{log}");
                }
                File.Delete(Path.Combine(folder, "error.log"));
            }
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// A client of the site at <see cref="Host"/> that trusts this proxy's certificate alone and follows
    /// no redirect. <paramref name="from"/> is the loopback address it connects from (127.0.0.2, …),
    /// so a test can be a client of its own.
    /// </summary>
    public HttpClient CreateClient(IPAddress? from = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, errors) => Certificate.Accepts(presented, errors) },
        };
        handler.ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(from ?? IPAddress.Loopback, 0));
                await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
        return new HttpClient(handler) { BaseAddress = new Uri(HttpsUrl) };
    }

    public void Dispose()
    {
        Stop(process);
        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// The main context around the site file, as Debian's /etc/nginx/nginx.conf has it (its TLS
    /// protocols and gzip included, which the site file must override), with every path in the folder.
    /// </summary>
    private static string MainConfiguration(string folder) => $$"""
        load_module {{Nginx.HeadersMoreModule}};
        worker_processes 1;
        pid {{folder}}/nginx.pid;
        error_log {{folder}}/error.log;
        events {
            worker_connections 256;
        }
        http {
            sendfile on;
            tcp_nopush on;
            types_hash_max_size 2048;
            include /etc/nginx/mime.types;
            default_type application/octet-stream;
            ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
            ssl_prefer_server_ciphers on;
            gzip on;
            access_log off;
            client_body_temp_path {{folder}}/client_body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
            include {{folder}}/presscms.conf;
        }
        """;

    private static Process Launch(string folder)
    {
        var start = new ProcessStartInfo(Nginx.ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Until both ports take connections, or nginx has exited (a bad configuration, a taken port).</summary>
    private static bool WaitUntilListening(Process process, params int[] ports)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            if (ports.All(Accepts))
            {
                return true;
            }
            process.WaitForExit(50);
        }
        return false;
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The master and its workers, so no worker outlives the test holding the ports.</summary>
    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        process.WaitForExit();
    }
}
