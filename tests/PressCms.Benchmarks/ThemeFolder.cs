namespace PressCms.Benchmarks;

/// <summary>The real Newsroom theme, found by walking up to the repository root.</summary>
public static class ThemeFolder
{
    public static string Newsroom()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PressCms.sln")))
            {
                return Path.Combine(dir.FullName, "themes", "Newsroom");
            }
        }
        throw new DirectoryNotFoundException("PressCms.sln not found above " + AppContext.BaseDirectory);
    }
}
