using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PressCms.Core.Audit;
using PressCms.Core.People;
using PressCms.Data;
using PressCms.IntegrationTests.Api;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Audit;

/// <summary>Many officers saving at once each extend the one audit chain in turn: no save refused, no error logged, no gap.</summary>
public sealed class AuditConcurrencyTests
{
    private const int Writers = 8;
    private const int SavesEach = 12;

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_take_every_save_of_eight_concurrent_writers_into_one_unbroken_chain(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        var errors = new ErrorLog();
        await using var site = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(errors)));
        await factory.SetUpAsync();
        await factory.AddUserAsync(ApiClients.AuthorEmail, StaffRoles.Author);
        var token = await factory.IssueTokenAsync(ApiClients.AuthorEmail);
        int before;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            before = await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.CountAsync();
        }

        var statuses = new ConcurrentBag<HttpStatusCode>();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            using var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            for (var save = 0; save < SavesEach; save++)
            {
                var response = await client.PostJsonAsync("/api/releases", ApiClients.Release($"writer-{writer}-save-{save}"));
                statuses.Add(response.StatusCode);
            }
        })));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));
        Assert.Empty(errors.Entries);
        await using var check = site.Services.CreateAsyncScope();
        var trail = await check.ServiceProvider.GetRequiredService<PressCmsDbContext>().AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(before + Writers * SavesEach, trail.Count);
        Assert.Equal(Enumerable.Range(1, trail.Count).Select(i => (long)i), trail.Select(e => e.Sequence));
        Assert.Null(AuditChain.FirstBreak(trail));
    }

    private sealed class ErrorLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> entries = new();

        public IReadOnlyList<string> Entries => [.. entries];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ErrorLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    log.entries.Enqueue($"{category}: {formatter(state, exception)} {exception?.GetType().Name}");
                }
            }
        }
    }
}
