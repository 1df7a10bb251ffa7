using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using PressCms.Rendering.Feeds;

namespace PressCms.Web.Feeds;

public static class FeedServices
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json"];

    public static IServiceCollection AddPressCmsFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section)
            .Validate(o => o.Hub is null || Uri.TryCreate(o.Hub, UriKind.Absolute, out _), "PressCms:Feeds:HubUrl must be an absolute URL")
            .ValidateOnStart();
        services.AddSingleton<ReleaseFeeds>();
        services.AddHttpClient(HubPing.ClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddResponseCompression(o =>
        {
            // Feeds are public and carry no secrets, so compressing them over HTTPS gives BREACH nothing to find.
            o.EnableForHttps = true;
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, .. FeedTypes];
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Compresses feeds only: pages with antiforgery tokens stay uncompressed (BREACH).</summary>
    public static IApplicationBuilder UseFeedCompression(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(FeedAddresses.Root), branch => branch.UseResponseCompression());
}
