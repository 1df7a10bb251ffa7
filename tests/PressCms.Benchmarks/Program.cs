using BenchmarkDotNet.Running;
using PressCms.Benchmarks;

// "smoke" prints one rendered page and both feeds, to eyeball them without a web host.
if (args is ["smoke", ..])
{
    var page = new ReleasePageBenchmark();
    page.Setup();
    var feeds = new FeedBenchmark();
    feeds.Setup();
    Console.WriteLine(args.Length > 1 && args[1] == "rss" ? feeds.Rss() : args.Length > 1 && args[1] == "atom" ? feeds.Atom() : page.RenderLegatumPage());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ReleasePageBenchmark).Assembly).Run(args);
