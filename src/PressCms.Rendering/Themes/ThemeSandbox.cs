using System.Globalization;
using Fluid;
using Fluid.Values;
using PressCms.Rendering.Liquid;

namespace PressCms.Rendering.Themes;

/// <summary>
/// The one place that decides what a theme may touch: only these view records, in snake_case,
/// within step and recursion limits. The options are built once per theme and shared, immutable.
/// </summary>
internal static class ThemeSandbox
{
    // A release page takes a few thousand steps; this stops a runaway loop, not a real page.
    public const int MaxSteps = 200_000;
    public const int MaxRecursion = 20;

    public static TemplateOptions Create(PartialFiles partials, ParsedPartials parsed, AssetVersions assets)
    {
        var options = new TemplateOptions
        {
            FileProvider = partials,
#pragma warning disable FLUID001 // see ParsedPartials
            TemplateCache = parsed,
#pragma warning restore FLUID001
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            CultureInfo = CultureInfo.InvariantCulture,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in ViewTypes)
        {
            options.MemberAccessStrategy.Register(type);
        }
        options.Filters.AddFilter("asset_url", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(assets.Url(input.ToStringValue()))));
        return options;
    }

    /// <summary>Everything templates can read. An entity added here by mistake would leak its members.</summary>
    private static readonly Type[] ViewTypes =
    [
        typeof(SiteView),
        typeof(MediaContactView),
        typeof(PageView),
        typeof(CorrectionView),
        typeof(GoneView),
        typeof(ThemeView),
        typeof(ReleaseView),
        typeof(ReleaseSummaryView),
        typeof(LinkView),
        typeof(KeyDateView),
        typeof(FigureView),
        typeof(QuoteView),
        typeof(LeadImageView),
        typeof(ListingView),
        typeof(PagingView),
        typeof(FeedLinkView),
        typeof(FeedGroupView),
        typeof(FeedBuilderView),
        typeof(FeedFacetView),
        typeof(FeedOptionView),
    ];
}
