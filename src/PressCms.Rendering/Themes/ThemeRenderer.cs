using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using PressCms.Core.Taxonomy;
using PressCms.Rendering.Liquid;

namespace PressCms.Rendering.Themes;

/// <summary>
/// Renders public pages with one theme. Load parses every template, partial and the layout once;
/// each Render call makes a fresh TemplateContext, so one instance serves all requests concurrently.
/// Rendering is synchronous on purpose: everything it reads is already in memory.
/// </summary>
public sealed class ThemeRenderer
{
    public const string LayoutName = "default";

    // Encodes markup characters but leaves letters such as "é" or "–" as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TemplateOptions _options;
    private readonly IReadOnlyDictionary<string, IFluidTemplate> _templates;
    private readonly IFluidTemplate _layout;
    private readonly AssetVersions _assets;
    private readonly ThemeView _theme;

    private ThemeRenderer(ThemeManifest manifest, string directory, TemplateOptions options,
        IReadOnlyDictionary<string, IFluidTemplate> templates, IFluidTemplate layout, AssetVersions assets)
    {
        Manifest = manifest;
        Directory = directory;
        _options = options;
        _templates = templates;
        _layout = layout;
        _assets = assets;
        _theme = new ThemeView(manifest.Name, manifest.Version, assets.Url("site.css"), manifest.Settings);
    }

    public ThemeManifest Manifest { get; }

    public string Directory { get; }

    public string AssetsDirectory => Path.Combine(Directory, "assets");

    /// <exception cref="ThemeException">A file is missing or does not parse; the message names it.</exception>
    public static ThemeRenderer Load(string themeDirectory)
    {
        var directory = Path.GetFullPath(themeDirectory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new ThemeException($"Theme folder '{directory}' does not exist");
        }
        var manifest = ThemeManifest.Read(directory);
        var parser = new FluidParser();
        var partialSources = ThemeFiles.ReadSources(directory, "partials");
        var partials = ThemeFiles.Parse(parser, "partials", partialSources);
        var templates = ThemeFiles.Parse(parser, "templates", ThemeFiles.ReadSources(directory, "templates"));
        var layouts = ThemeFiles.Parse(parser, "layouts", ThemeFiles.ReadSources(directory, "layouts"));
        if (!layouts.TryGetValue(LayoutName, out var layout))
        {
            throw new ThemeException($"layouts/{LayoutName}.liquid is missing");
        }
        foreach (var required in new[] { "index", "release", "listing", "not-found", "error" })
        {
            if (!templates.ContainsKey(required))
            {
                throw new ThemeException($"templates/{required}.liquid is missing");
            }
        }
        var assets = AssetVersions.Compute(manifest.Name, Path.Combine(directory, "assets"));
        var options = ThemeSandbox.Create(new PartialFiles(partialSources), new ParsedPartials(partials), assets);
        return new ThemeRenderer(manifest, directory, options, templates, layout, assets);
    }

    /// <summary>"/themes/{Name}/assets/{path}?v={hash of the file}".</summary>
    public string AssetUrl(string path) => _assets.Url(path);

    public string RenderHome(SiteView site, IReadOnlyList<ReleaseSummaryView> releases, PagingView paging)
    {
        var title = paging.Page > 1 ? $"{site.Name}: page {paging.Page}" : site.Name;
        var page = new PageView(title, $"News and appeals from {site.Name}", site.BaseUrl + SitePaths.Page("/", paging.Page), "index");
        return Render(_templates["index"], site, page, context =>
        {
            context.SetValue("releases", releases);
            context.SetValue("paging", paging);
        });
    }

    public string RenderRelease(SiteView site, ReleaseView release)
    {
        var template = FindTemplate("release-" + release.Slug)
            ?? FindTemplate("release-" + release.Kind)
            ?? _templates["release"];
        var page = new PageView($"{release.Headline} | {site.Name}", release.Standfirst ?? release.Headline, release.Url, "release")
        {
            ImageUrl = release.LeadImage?.CardUrl,
            ImageAlt = release.LeadImage?.Alt,
        };
        return Render(template, site, page, context => context.SetValue("release", release));
    }

    public string RenderListing(SiteView site, ListingView listing)
    {
        var title = listing.Paging.Page > 1 ? $"{listing.Title}: page {listing.Paging.Page}" : listing.Title;
        var page = new PageView($"{title} | {site.Name}", $"News about {listing.Title} from {site.Name}",
            site.BaseUrl + SitePaths.Page(listing.Path, listing.Paging.Page), "listing")
        {
            // Listings of other kinds (search, the home page) have no feed of their own.
            Feeds = Topic.Of([new TopicPart(listing.Kind, listing.Slug)], out _) is { IsAll: false } topic
                ? [FeedLinkView.For($"{site.Name}: {listing.Title}", site.BaseUrl, topic)]
                : [],
        };
        var template = FindTemplate("listing-" + listing.Kind) ?? _templates["listing"];
        return Render(template, site, page, context =>
        {
            context.SetValue("listing", listing);
            context.SetValue("releases", listing.Releases);
            context.SetValue("paging", listing.Paging);
        });
    }

    /// <summary>/feeds: every feed, grouped, with what each holds; falls back to a built-in page's worth of nothing if the theme lacks the template.</summary>
    public string RenderFeeds(SiteView site, IReadOnlyList<FeedGroupView> groups, FeedBuilderView builder)
    {
        var page = new PageView($"News feeds | {site.Name}", $"Follow press releases from {site.Name} in any feed reader", site.BaseUrl + "/feeds", "feeds");
        return Render(FindTemplate("feeds") ?? _templates["not-found"], site, page, context =>
        {
            context.SetValue("feed_groups", groups);
            context.SetValue("feed_builder", builder);
        });
    }

    public string RenderNotFound(SiteView site) =>
        Render(_templates["not-found"], site, new PageView($"Page not found | {site.Name}", "Page not found", null, "not-found"), null);

    /// <summary>A withdrawn release: a short notice, never its headline (withdrawal may be because the headline itself was the harm).</summary>
    public string RenderGone(SiteView site, GoneView gone) =>
        Render(FindTemplate("gone") ?? _templates["not-found"], site,
            new PageView($"Release withdrawn | {site.Name}", "This release has been withdrawn", null, "gone"), c => c.SetValue("gone", gone));

    public string RenderError(SiteView site) =>
        Render(_templates["error"], site, new PageView($"Sorry, there is a problem | {site.Name}", "Sorry, there is a problem", null, "error"), null);

    /// <summary>Whether the theme has templates/{name}.liquid, e.g. "release-appeal".</summary>
    public bool HasTemplate(string name) => _templates.ContainsKey(name);

    private IFluidTemplate? FindTemplate(string name) => _templates.GetValueOrDefault(name);

    private string Render(IFluidTemplate template, SiteView site, PageView page, Action<TemplateContext>? setValues)
    {
        var context = new TemplateContext(_options);
        context.SetValue("site", site);
        context.SetValue("page", page);
        context.SetValue("theme", _theme);
        setValues?.Invoke(context);
        var content = template.Render(context, Encoder);
        // Already encoded by the template itself: the layout prints it as it is.
        context.SetValue("content_for_layout", new StringValue(content, encode: false));
        return _layout.Render(context, Encoder);
    }
}
