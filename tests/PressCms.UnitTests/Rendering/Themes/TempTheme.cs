namespace PressCms.UnitTests.Rendering.Themes;

/// <summary>A copy of the Newsroom theme under the temp folder, for tests that add or break a file.</summary>
internal sealed class TempTheme : IDisposable
{
    public TempTheme()
    {
        Directory = Path.Combine(Path.GetTempPath(), "presscms-theme-" + Guid.NewGuid().ToString("N"));
        var source = RepoFolders.NewsroomTheme();
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public TempTheme With(string relativePath, string content)
    {
        File.WriteAllText(Path.Combine(Directory, relativePath), content);
        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
