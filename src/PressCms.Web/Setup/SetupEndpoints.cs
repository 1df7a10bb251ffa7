using PressCms.Data;

namespace PressCms.Web.Setup;

public static class SetupEndpoints
{
    /// <summary>Until the site is set up, every page leads to /setup; static assets still load.</summary>
    public static IApplicationBuilder UseSetupRedirect(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/setup") && !path.StartsWithSegments("/themes") && !path.StartsWithSegments("/admin-assets"))
        {
            var db = context.RequestServices.GetRequiredService<PressCmsDbContext>();
            if (!await context.RequestServices.GetRequiredService<SetupState>().IsSetUpAsync(db, context.RequestAborted))
            {
                context.Response.Redirect("/setup");
                return;
            }
        }
        await next(context);
    });
}
