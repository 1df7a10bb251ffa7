namespace PressCms.IntegrationTests.Infrastructure;

public static class Repo
{
    /// <summary>The repository root: the folder holding PressCms.sln above the test's output.</summary>
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "PressCms.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PressCms.sln not found above " + AppContext.BaseDirectory);
    }
}
