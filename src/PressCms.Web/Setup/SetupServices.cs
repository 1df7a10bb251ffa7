using PressCms.Data.Recipes;

namespace PressCms.Web.Setup;

public static class SetupServices
{
    public static IServiceCollection AddPressCmsSetup(this IServiceCollection services) => services
        .AddSingleton<SetupState>()
        .AddSingleton<SetupCode>()
        .AddHostedService<SetupCode.Announcer>()
        .AddScoped<RecipeImporter>()
        .AddScoped<RecipeRunner>()
        .AddScoped<SiteSetup>();
}
