namespace PressCms.UnitTests.Rendering;

/// <summary>The repository's own theme folder, found by walking up to PressCms.sln.</summary>
internal static class RepoFolders
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PressCms.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("PressCms.sln not found above " + AppContext.BaseDirectory);
    }

    public static string NewsroomTheme() => Path.Combine(Root(), "themes", "Newsroom");
}
