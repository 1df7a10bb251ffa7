using Microsoft.EntityFrameworkCore;
using MimeKit;
using PressCms.Data.Postgres;
using PressCms.Data.Sqlite;
using PressCms.Web.Storage;

namespace PressCms.Web.Notifications;

public static class NotificationServices
{
    public static IServiceCollection AddPressCmsNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations()
            .Validate(o => !o.IsOn || MailboxAddress.TryParse(o.From, out _), "PressCms:Email:From must be an email address")
            .ValidateOnStart();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StaffOutbox>();
        services.AddSingleton<ReleaseEventInterceptor>();
        if (configuration.GetSection(PressCmsOptions.Section).Get<PressCmsOptions>()?.Database.Provider == "Postgres")
        {
            services.ConfigureDbContext<PostgresPressCmsDbContext>((provider, o) => o.AddInterceptors(provider.GetRequiredService<ReleaseEventInterceptor>()));
        }
        else
        {
            services.ConfigureDbContext<SqlitePressCmsDbContext>((provider, o) => o.AddInterceptors(provider.GetRequiredService<ReleaseEventInterceptor>()));
        }
        services.AddScoped<Recipients>();
        services.AddScoped<ReleaseNotifier>();
        services.AddScoped<GoLiveEffects>();
        services.AddScoped<EmergencyEscalation>();
        services.AddSingleton<GoLiveProcessor>();
        services.AddHostedService(provider => provider.GetRequiredService<GoLiveProcessor>());
        HubNotifications.Register(services, configuration);
        return services;
    }
}
