using Microsoft.Extensions.Options;

namespace PressCms.Web.Notifications;

/// <summary>
/// Every GoLiveInterval (on the injected clock), runs the side effects that time triggers: releases
/// that went live or came down, emergency publications waiting too long for approval, and staff
/// notices the mail server refused before. Every node may run it;
/// each release is claimed by one (see <see cref="DueReleases"/>).
/// </summary>
public sealed class GoLiveProcessor(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, IOptions<EmailOptions> email, TimeProvider time, ILogger<GoLiveProcessor> logger)
    : BackgroundService
{
    /// <summary>One pass, as the timer runs it; tests call it directly.</summary>
    public async Task<GoLiveOutcome> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var nowUtc = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var effects = scope.ServiceProvider.GetRequiredService<GoLiveEffects>();
        var wentLive = await effects.RunAsync(nowUtc, cancellationToken);
        var takenDown = await effects.TakeDownAsync(nowUtc, cancellationToken);
        var escalated = await scope.ServiceProvider.GetRequiredService<EmergencyEscalation>().RunAsync(nowUtc, cancellationToken);
        var retried = await scope.ServiceProvider.GetRequiredService<StaffOutbox>().RetryDueAsync(nowUtc, cancellationToken);
        return new GoLiveOutcome(wentLive, escalated) { TakenDown = takenDown, StaffEmailsRetried = retried };
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (email.Value.IsOn)
        {
            NotificationLog.EmailOn(logger, email.Value.Host!, email.Value.Port, email.Value.StartTls);
        }
        else
        {
            NotificationLog.EmailOff(logger);
        }
        var interval = options.Value.GoLiveInterval;
        if (interval <= TimeSpan.Zero)
        {
            NotificationLog.GoLiveOff(logger);
            return;
        }
        NotificationLog.GoLiveEvery(logger, interval);
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    NotificationLog.GoLiveFailed(logger, interval, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}

/// <summary>How many releases one pass handled.</summary>
public sealed record GoLiveOutcome(int WentLive, int Escalated)
{
    /// <summary>Releases that came down at their set time.</summary>
    public int TakenDown { get; init; }

    /// <summary>Staff notices sent on a retry, after the mail server was away.</summary>
    public int StaffEmailsRetried { get; init; }
}
