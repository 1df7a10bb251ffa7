using Microsoft.Extensions.FileProviders;
using PressCms.Core.Releases;
using PressCms.Core.Workflow;
using PressCms.Core.Media;
using PressCms.Rendering.Images;
using PressCms.Web.Media;
using PressCms.Rendering.Markdown;
using PressCms.Web.Alerts;
using PressCms.Web.Api;
using PressCms.Web.Feeds;
using PressCms.Web.Notifications;
using PressCms.Web.Security;
using PressCms.Web.Setup;
using PressCms.Web.Site;
using PressCms.Web.Storage;

namespace PressCms.Web;

public static class PressCmsServices
{
    public static WebApplicationBuilder AddPressCms(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddPressCmsStorage(builder.Configuration)
            .AddPressCmsSecurity(plainHttpAllowed: builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"))
            .AddPressCmsSetup()
            .AddPressCmsApi()
            .AddPressCmsNotifications(builder.Configuration)
            .AddPressCmsAlerts()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IMarkdownRenderer, MarkdownRenderer>()
            .AddSingleton<ThemeCatalog>()
            .AddSingleton<IImageProcessor, ImageProcessor>()
            .AddSingleton<MediaStore>()
            .AddScoped<MediaLibrary>()
            .AddScoped<IMediaImport>(s => s.GetRequiredService<MediaLibrary>())
            .AddPressCmsFeeds()
            .AddScoped<SiteReader>()
            .AddScoped<TopicNames>()
            .AddSingleton<RenderedCache>()
            .AddSingleton<PublicClock>()
            .AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Admin", SecurityServices.StaffPolicy);
                o.Conventions.AuthorizeFolder("/Admin/Users", SecurityServices.PolicyFor(Permission.ManageUsers));
                o.Conventions.AuthorizeFolder("/Admin/Audit", SecurityServices.PolicyFor(Permission.ManageUsers));
                o.Conventions.AuthorizeFolder("/Admin/Tokens", SecurityServices.PolicyFor(Permission.ManageUsers));
                o.Conventions.AuthorizeFolder("/Admin/Settings", SecurityServices.PolicyFor(Permission.ManageUsers));
                // Sign-in and its steps are for people not signed in yet; each is named, because
                // AllowAnonymous on a folder would outweigh the Staff policy of the account pages
                // for signed-in staff (password, security).
                foreach (var page in new[] { "/Account/Login", "/Account/Logout", "/Account/Denied", "/Account/Forgot", "/Account/Reset", "/Account/TwoFactor", "/Account/Enrol" })
                {
                    o.Conventions.AllowAnonymousToPage(page);
                }
                o.Conventions.AllowAnonymousToFolder("/Setup");
                o.Conventions.AllowAnonymousToFolder("/Alerts");
            })
            .AddMvcOptions(o => o.Filters.Add<Pages.UnmatchedHandlerFilter>());
        // The public HTTPS port, for the redirect below: 443 unless HTTPS_PORT says otherwise.
        builder.Services.AddHttpsRedirection(o => o.HttpsPort = builder.Configuration.GetValue<int?>("HTTPS_PORT") ?? 443);
        return builder;
    }

    public static WebApplication UsePressCms(this WebApplication app)
    {
        var paths = app.Services.GetRequiredService<PressCmsPaths>();
        // First, so HTTPS, HSTS, secure cookies, absolute links and per-address limits see the client, not the proxy.
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/error");
        var httpsOnly = !app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing");
        if (httpsOnly)
        {
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UseHostCheck();
        if (httpsOnly)
        {
            // Plain HTTP that no trusted proxy vouched for goes to HTTPS wherever a cookie is set (the
            // forms, staff and subscriber pages): the cookies are Secure-only and antiforgery refuses
            // (throws) to issue them over HTTP. Public pages, feeds and the API still answer plain
            // HTTP on the app's own port (health checks, a local look); the proxy sends the public to HTTPS.
            // From the server itself (loopback, no proxy in between) there is often no HTTPS port to
            // go to: such a request is told so plainly instead of being sent to one.
            app.UseWhen(context => !context.Request.IsHttps && SecurityServices.SetsCookies(context.Request.Path)
                && context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address),
                branch => branch.Run(async context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync("This page needs HTTPS: open the newsroom at its https:// address (through the proxy in front of it).\n");
                }));
            app.UseWhen(context => SecurityServices.SetsCookies(context.Request.Path), branch => branch.UseHttpsRedirection());
        }
        app.UseStaticFiles();
        foreach (var theme in Directory.EnumerateDirectories(paths.Themes).Where(d => Directory.Exists(Path.Combine(d, "assets"))))
        {
            // Asset URLs carry a content hash (?v=…), so browsers may keep them for a year.
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(Path.Combine(theme, "assets")),
                RequestPath = $"/themes/{Path.GetFileName(theme)}/assets",
                OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
            });
        }
        app.UseSetupRedirect();
        app.UseRouting();
        app.UseBodyLimits();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
