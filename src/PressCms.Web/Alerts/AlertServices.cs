namespace PressCms.Web.Alerts;

public static class AlertServices
{
    public static IServiceCollection AddPressCmsAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AlertTokens>();
        services.AddSingleton<AlertMailer>();
        services.AddSingleton<AlertRateLimit>();
        services.AddScoped<AlertQueue>();
        services.AddScoped<AlertRetention>();
        services.AddScoped<AlertSubscriptions>();
        services.AddScoped<AlertWriter>();
        services.AddSingleton<AlertSender>();
        services.AddHostedService(provider => provider.GetRequiredService<AlertSender>());
        return services;
    }
}
