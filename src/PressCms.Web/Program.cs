using PressCms.Web;
using PressCms.Web.Api;
using PressCms.Web.Cli;
using PressCms.Web.Feeds;
using PressCms.Web.Media;
using PressCms.Web.Seo;
using PressCms.Web.Site;
using PressCms.Web.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddPressCms();

if (CommandLine.IsVerb(args))
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    using var host = builder.Build();
    return await CommandLine.RunAsync(host.Services, args, Console.Out, Console.Error);
}

var app = builder.Build();
await app.Services.MigratePressCmsAsync();
app.UsePressCms();
app.UseFeedCompression();
app.MapRazorPages();
app.MapFeeds();
app.MapMedia();
app.MapSeo();
app.MapApi();
app.MapSite();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
