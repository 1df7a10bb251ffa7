using BenchmarkDotNet.Attributes;
using PressCms.UnitTests.Rendering;
using PressCms.Core.Newsroom;
using PressCms.Core.Releases;
using PressCms.Rendering.Liquid;
using PressCms.Rendering.Themes;

namespace PressCms.Benchmarks;

/// <summary>
/// The Operation Legatum page through the real theme, as a request without output cache would do
/// it: view records built and the page rendered every call; only the parsed theme is shared.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReleasePageBenchmark
{
    private ThemeRenderer _theme = null!;
    private Release _release = null!;
    private Revision _revision = null!;
    private NewsroomSettings _settings = null!;
    private TaxonomyNames _names = null!;

    [GlobalSetup]
    public void Setup()
    {
        _theme = ThemeRenderer.Load(ThemeFolder.Newsroom());
        _release = Legatum.Create();
        _revision = Legatum.Live(_release);
        _settings = Legatum.Settings();
        _names = Legatum.Names();
    }

    [Benchmark]
    public string RenderLegatumPage()
    {
        var site = SiteView.From(_settings, Legatum.BaseUrl, Legatum.PublishedUtc);
        var release = ReleaseView.From(_release, _revision, _names, _settings, Legatum.BaseUrl);
        return _theme.RenderRelease(site, release);
    }
}
