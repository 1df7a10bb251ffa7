using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace PressCms.Rendering.Themes;

/// <summary>
/// The theme's partials held in memory, for `{% render %}` and `{% include %}`. Rendering a page
/// then never touches the disk; a theme change needs a restart, as it does for the templates.
/// </summary>
internal sealed class PartialFiles(IReadOnlyDictionary<string, string> sources) : IFileProvider
{
    private static readonly DateTimeOffset LoadedAt = DateTimeOffset.UtcNow;

    public IFileInfo GetFileInfo(string subpath) =>
        sources.TryGetValue(PartialName(subpath), out var source)
            ? new PartialFile(PartialName(subpath), source)
            : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    /// <summary>"release-summary", "/release-summary.liquid" and "partials/release-summary.liquid" are one partial.</summary>
    public static string PartialName(string path)
    {
        var name = path.Replace('\\', '/').TrimStart('/');
        if (name.StartsWith("partials/", StringComparison.Ordinal))
        {
            name = name["partials/".Length..];
        }
        return name.EndsWith(".liquid", StringComparison.Ordinal) ? name[..^".liquid".Length] : name;
    }

    private sealed class PartialFile(string name, string source) : IFileInfo
    {
        public bool Exists => true;
        public long Length => Encoding.UTF8.GetByteCount(source);
        public string? PhysicalPath => null;
        public string Name => name + ".liquid";
        public DateTimeOffset LastModified => LoadedAt;
        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(Encoding.UTF8.GetBytes(source), writable: false);
    }
}
