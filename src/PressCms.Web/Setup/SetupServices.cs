using PressCms.Data.Recipes;

namespace PressCms.Web.Setup;

public static class SetupServices
{
    public static IServiceCollection AddPressCmsSetup(this IServiceCollection services) => services
        .AddSingleton<SetupState>()
        .AddScoped<RecipeImporter>()
        .AddScoped<RecipeRunner>()
        .AddScoped<SiteSetup>();
}
