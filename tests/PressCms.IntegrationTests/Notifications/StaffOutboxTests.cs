using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.People;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Notifications;

/// <summary>Staff notices survive a mail server that is away: queued in the outbox, retried by the go-live pass, sent once.</summary>
public sealed class StaffOutboxTests
{
    private const string Headline = "Appeal after burglary in Leyton";

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_send_a_notice_the_mail_server_refused_once_it_is_back_exactly_once_whichever_nodes_retry(string provider)
    {
        await using var newsroom = new MailedNewsroom(provider);
        await newsroom.SetUpAsync();
        var relayDown = newsroom.AddNode().WithWebHostBuilder(b => b.UseSetting("PressCms:Email:Port", SmtpSink.ClosedPort()));
        using var author = await newsroom.SignInAsync(NewsroomFactory.EditorEmail, relayDown);
        var edit = await author.CreateDraftAsync(f => f["Input.Headline"] = Headline);

        Assert.Equal(HttpStatusCode.Redirect, (await author.PressAsync(edit, "Submit")).StatusCode);
        Assert.Empty(newsroom.Sink.Messages);
        var queued = Assert.Single(await OutboxAsync(newsroom));
        Assert.Equal((NewsroomFactory.ApproverEmail, 1, null), (queued.To, queued.Attempts, queued.SentUtc));
        Assert.NotNull(queued.LastError);
        Assert.Equal(newsroom.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), queued.DueUtc);

        // Not before the backoff ends, then once, however many nodes run the pass together.
        newsroom.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, (await newsroom.RunOnceAsync()).StaffEmailsRetried);
        newsroom.Clock.Advance(TimeSpan.FromSeconds(2));
        var outcomes = await Task.WhenAll(newsroom.RunOnceAsync(), newsroom.RunOnceAsync(newsroom.AddNode()));
        Assert.Equal(1, outcomes.Sum(o => o.StaffEmailsRetried));
        var notice = Assert.Single(newsroom.Sink.Messages);
        Assert.Equal(NewsroomFactory.ApproverEmail, notice.To.Mailboxes.Single().Address);
        Assert.Equal($"For approval: {Headline}", notice.Subject);
        Assert.StartsWith($"staff-{queued.Id:N}@", notice.MessageId, StringComparison.Ordinal);

        newsroom.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await newsroom.RunOnceAsync()).StaffEmailsRetried);
        Assert.Single(newsroom.Sink.Messages);
        var sent = Assert.Single(await OutboxAsync(newsroom));
        Assert.Equal((2, (DateTime?)null), (sent.Attempts, sent.DueUtc));
        Assert.NotNull(sent.SentUtc);

        // Kept 90 days as a record, then deleted.
        newsroom.Clock.Advance(TimeSpan.FromDays(90));
        await newsroom.RunOnceAsync();
        Assert.Empty(await OutboxAsync(newsroom));
    }

    [Fact]
    public async Task Should_give_up_on_a_notice_after_about_a_day_of_retries_and_keep_it_as_a_record()
    {
        await using var newsroom = new MailedNewsroom(Database.Sqlite, new() { ["PressCms:Email:Port"] = SmtpSink.ClosedPort() });
        await newsroom.SetUpAsync();
        using var author = await newsroom.SignInAsync(NewsroomFactory.EditorEmail);
        var edit = await author.CreateDraftAsync(f => f["Input.Headline"] = Headline);
        await author.PressAsync(edit, "Submit");

        for (var hour = 0; hour < 30; hour++)
        {
            newsroom.Clock.Advance(TimeSpan.FromHours(1));
            await newsroom.RunOnceAsync();
        }

        var given = Assert.Single(await OutboxAsync(newsroom));
        Assert.True(given.IsGivenUp);
        Assert.Equal(StaffEmail.MaxAttempts, given.Attempts);
        Assert.Empty(newsroom.Sink.Messages);
    }

    private static async Task<List<StaffEmail>> OutboxAsync(MailedNewsroom newsroom)
    {
        await using var scope = newsroom.Node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().StaffOutbox.AsNoTracking().ToListAsync();
    }
}
