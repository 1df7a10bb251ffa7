using BenchmarkDotNet.Attributes;
using PressCms.UnitTests.Rendering;
using PressCms.Core.Newsroom;
using PressCms.Core.Releases;
using PressCms.Rendering.Feeds;
using PressCms.Rendering.Liquid;

namespace PressCms.Benchmarks;

/// <summary>The site feed of 50 full-text releases, built from view records every call.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class FeedBenchmark
{
    private const int ItemCount = 50;

    private readonly ReleaseFeeds _feeds = new();
    private (Release Release, Revision Revision)[] _releases = [];
    private NewsroomSettings _settings = null!;
    private TaxonomyNames _names = null!;

    [GlobalSetup]
    public void Setup()
    {
        _settings = Legatum.Settings();
        _names = Legatum.Names();
        _releases = new (Release, Revision)[ItemCount];
        for (var i = 0; i < ItemCount; i++)
        {
            var release = Legatum.Create($"release-{i}", $"release-{i}", Legatum.PublishedUtc.AddHours(-i));
            _releases[i] = (release, Legatum.Live(release));
        }
    }

    // The UTF-8 bytes, as the endpoint serves and caches them.
    [Benchmark]
    public byte[] Rss() => _feeds.RssUtf8(Feed());

    [Benchmark]
    public byte[] Atom() => _feeds.AtomUtf8(Feed());

    [Benchmark]
    public byte[] Json() => _feeds.JsonUtf8(Feed());

    private FeedView Feed()
    {
        var items = new ReleaseView[_releases.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ReleaseView.From(_releases[i].Release, _releases[i].Revision, _names, _settings, Legatum.BaseUrl);
        }
        var site = SiteView.From(_settings, Legatum.BaseUrl, Legatum.PublishedUtc);
        return new FeedView(site, site.Name, site.RssUrl, site.BaseUrl + "/", items, Legatum.PublishedUtc);
    }
}
