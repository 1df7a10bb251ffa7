using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PressCms.BrowserTests.Infrastructure;

/// <summary>
/// A self-signed certificate for a loopback name (and 127.0.0.1), made at run time and written as PEM for
/// nginx. Clients trust this certificate alone, by its SHA-256 fingerprint, never "any certificate".
/// </summary>
public sealed class LoopbackCertificate
{
    private LoopbackCertificate(string certificatePath, string keyPath, string fingerprint)
    {
        CertificatePath = certificatePath;
        KeyPath = keyPath;
        Fingerprint = fingerprint;
    }

    public string CertificatePath { get; }

    public string KeyPath { get; }

    /// <summary>SHA-256 of the certificate, hex.</summary>
    public string Fingerprint { get; }

    public static LoopbackCertificate Create(string folder, string hostName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + hostName, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName(hostName);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));

        var certificatePath = Path.Combine(folder, "presscms.pem");
        var keyPath = Path.Combine(folder, "presscms.key");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, "");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return new LoopbackCertificate(certificatePath, keyPath, certificate.GetCertHashString(HashAlgorithmName.SHA256));
    }

    /// <summary>True for this certificate, presented for the name it was asked for.</summary>
    public bool Accepts(X509Certificate? presented, System.Net.Security.SslPolicyErrors errors) =>
        presented is not null
        && (errors & ~System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors) == 0
        && string.Equals(presented.GetCertHashString(HashAlgorithmName.SHA256), Fingerprint, StringComparison.OrdinalIgnoreCase);
}
