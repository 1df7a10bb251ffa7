using System.Security.Cryptography;

namespace PressCms.Rendering.Themes;

/// <summary>
/// Content hashes of a theme's assets, computed once at load, so asset URLs change exactly when the
/// file does and can be cached by browsers for a year.
/// </summary>
internal sealed class AssetVersions
{
    private readonly Dictionary<string, string> _hashes;
    private readonly string _prefix;

    private AssetVersions(string themeName, Dictionary<string, string> hashes)
    {
        _prefix = $"/themes/{themeName}/assets/";
        _hashes = hashes;
    }

    public static AssetVersions Compute(string themeName, string assetsDirectory)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(assetsDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(assetsDirectory, file).Replace('\\', '/');
                var hash = SHA256.HashData(File.ReadAllBytes(file));
                hashes[relative] = Convert.ToHexStringLower(hash, 0, 6);
            }
        }
        return new AssetVersions(themeName, hashes);
    }

    public string Url(string path)
    {
        var relative = path.TrimStart('/');
        return _hashes.TryGetValue(relative, out var hash) ? $"{_prefix}{relative}?v={hash}" : _prefix + relative;
    }
}
