using System.Reflection;
using System.Xml.Linq;
using PressCms.UnitTests.Rendering;

namespace PressCms.UnitTests.Architecture;

/// <summary>DESIGN.md's dependency rules, checked on both the project files and the compiled assemblies.</summary>
public sealed class DependencyRuleTests
{
    public static TheoryData<string, string[]> AllowedProjectReferences => new()
    {
        { "PressCms.Core", [] },
        { "PressCms.Data", ["PressCms.Core"] },
        { "PressCms.Rendering", ["PressCms.Core"] },
        { "PressCms.Web", ["PressCms.Core", "PressCms.Data", "PressCms.Rendering"] },
    };

    [Theory]
    [MemberData(nameof(AllowedProjectReferences))]
    public void Should_reference_only_the_projects_the_design_allows(string project, string[] allowed)
    {
        var references = ProjectReferences(Path.Combine(RepoFolders.Root(), "src", project, project + ".csproj"));

        Assert.Equal(allowed.Order(), references.Order());
    }

    [Fact]
    public void Should_keep_core_free_of_everything_but_the_base_class_library()
    {
        var packages = XDocument.Load(Path.Combine(RepoFolders.Root(), "src", "PressCms.Core", "PressCms.Core.csproj")).Descendants("PackageReference");
        var assemblies = typeof(PressCms.Core.Releases.Release).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.Empty(packages);
        Assert.All(assemblies, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib", $"Core references {name}"));
    }

    [Fact]
    public void Should_keep_data_and_rendering_apart_and_nothing_but_tests_on_web()
    {
        var data = typeof(PressCms.Data.PressCmsDbContext).Assembly;
        var rendering = typeof(PressCms.Rendering.Markdown.MarkdownRenderer).Assembly;

        Assert.DoesNotContain(References(data), n => n == "PressCms.Rendering" || n == "PressCms.Web");
        Assert.DoesNotContain(References(rendering), n => n == "PressCms.Data" || n == "PressCms.Web" || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        var srcProjects = Directory.GetFiles(Path.Combine(RepoFolders.Root(), "src"), "*.csproj", SearchOption.AllDirectories);
        Assert.All(srcProjects, p => Assert.DoesNotContain("PressCms.Web", ProjectReferences(p)));
    }

    private static IEnumerable<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!);

    private static List<string> ProjectReferences(string csproj) =>
        [.. XDocument.Load(csproj).Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))];
}
