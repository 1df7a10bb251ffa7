using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>
/// Keeps every Error or Critical log the host writes while it handles a request, with the request,
/// so a 4xx that logged an unhandled exception is a finding too. Logs of background work not started
/// by a request (the alert sender, go-live) are not requests' doing and are left out, as is the
/// framework's own Error for an antiforgery cookie it cannot read.
/// </summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    // Set by RequestTagging at the start of each request; flows with the request's async work only.
    private static readonly AsyncLocal<string?> InFlight = new();

    private readonly ConcurrentQueue<LoggedError> entries = new();

    public static string? Request
    {
        get => InFlight.Value;
        set => InFlight.Value = value;
    }

    public IReadOnlyList<LoggedError> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new RequestLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class RequestLogger(ServerErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // ASP.NET Core's antiforgery logs a cookie it cannot decrypt at Error level and carries on
            // (the page answers normally and issues a fresh token): the client's doing, not ours.
            if (exception is Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException && category.StartsWith("Microsoft.AspNetCore.Antiforgery", StringComparison.Ordinal))
            {
                return;
            }
            if (logLevel >= LogLevel.Error && Request is { } request)
            {
                log.entries.Enqueue(new LoggedError(request, category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}
