using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Data.Postgres;
using PressCms.Data.Sqlite;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Site;

/// <summary>
/// The public version (every page's and feed's ETag) costs one lookup whatever the archive holds,
/// and changes exactly when public output does: not for draft work or an embargoed approval, at
/// once for a change to a public release, and at the instant an embargo lifts with no write at all.
/// </summary>
public sealed class PublicVersionTests
{
    private static readonly string[] Addresses = ["/", "/news/operation-legatum-38-arrested", "/feeds/releases.rss", "/feeds/releases.atom", "/feeds/releases.json"];

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_answer_a_cached_page_or_feed_and_a_304_with_at_most_one_database_command(string provider)
    {
        var counter = new CommandCounter();
        await using var factory = new NewsroomFactory(provider) { TestServices = s => Count(s, provider, counter) };
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        foreach (var address in Addresses)
        {
            using var first = await client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);

            counter.Reset();
            using var cached = await client.GetAsync(address);
            var forCached = counter.Count;
            counter.Reset();
            using var revalidated = await RevalidateAsync(client, address, first);
            var for304 = counter.Count;

            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
            Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
            Assert.True(forCached <= 1, $"{address}: a cached answer ran {forCached} commands: {counter.Last}");
            Assert.True(for304 <= 1, $"{address}: a 304 ran {for304} commands: {counter.Last}");
        }
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_keep_the_version_through_draft_work_and_an_embargoed_approval_and_move_it_when_the_embargo_lifts(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        var before = await TagsAsync(client);

        using var admin = await factory.SignInAsync();
        var edit = await admin.CreateDraftAsync(f => { f["Input.Headline"] = "Charge after a Lambeth burglary"; f["Input.Slug"] = "lambeth-burglary-charge"; });
        await admin.PressAsync(edit, "Save", f => f["Input.Standfirst"] = "A man has been charged.");
        var afterDraft = await TagsAsync(client);
        await factory.PublishThroughReviewAsync(admin, edit, new()
        {
            ["Timing"] = "at", ["PublishDate.Day"] = "28", ["PublishDate.Month"] = "11", ["PublishDate.Year"] = "2026", ["PublishTime"] = "10:30",
        });
        var afterApproval = await TagsAsync(client);
        factory.Clock.Advance(TimeSpan.FromMinutes(90));
        var afterEmbargo = await TagsAsync(client);
        var afterNothing = await TagsAsync(client);

        Assert.Equal(before, afterDraft);
        Assert.Equal(before, afterApproval);
        Assert.All(Addresses.Where(a => !a.StartsWith("/news/", StringComparison.Ordinal)), a => Assert.NotEqual(before[a], afterEmbargo[a]));
        Assert.Equal(afterEmbargo, afterNothing);
        using var home = await client.GetAsync("/");
        Assert.Contains("Charge after a Lambeth burglary", await home.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Database.All), MemberType = typeof(Database))]
    public async Task Should_move_the_version_when_a_public_release_is_corrected(string provider)
    {
        await using var factory = new NewsroomFactory(provider);
        await factory.SetUpAsync();
        using var client = factory.Anonymous();
        using var admin = await factory.SignInAsync();
        var edit = await admin.CreateDraftAsync(f => { f["Input.Headline"] = "Appeal after a Brent robbery"; f["Input.Slug"] = "brent-robbery-appeal"; });
        await factory.PublishThroughReviewAsync(admin, edit);
        var published = await TagsAsync(client);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await TagsAsync(client);

        await admin.PressAsync(edit, "Save", f => f["Input.Headline"] = "Appeal after a Brent robbery: man arrested");
        await factory.PublishThroughReviewAsync(admin, edit);
        var corrected = await TagsAsync(client);

        Assert.Equal(published, later);
        Assert.All(Addresses.Where(a => !a.StartsWith("/news/", StringComparison.Ordinal)), a => Assert.NotEqual(published[a], corrected[a]));
    }

    private static async Task<Dictionary<string, string>> TagsAsync(HttpClient client)
    {
        var tags = new Dictionary<string, string>();
        foreach (var address in Addresses)
        {
            using var response = await client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            tags[address] = response.Headers.ETag?.Tag ?? "none";
        }
        return tags;
    }

    private static async Task<HttpResponseMessage> RevalidateAsync(HttpClient client, string address, HttpResponseMessage first)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        return await client.SendAsync(request);
    }

    private static void Count(IServiceCollection services, string provider, CommandCounter counter)
    {
        if (provider == Database.Postgres)
        {
            services.ConfigureDbContext<PostgresPressCmsDbContext>(o => o.AddInterceptors(counter));
        }
        else
        {
            services.ConfigureDbContext<SqlitePressCmsDbContext>(o => o.AddInterceptors(counter));
        }
    }

    /// <summary>Every command the newsroom sends its database, counted.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public string Last { get; private set; } = "";

        public void Reset()
        {
            Interlocked.Exchange(ref count, 0);
            Last = "";
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Seen(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Seen(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Seen(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Seen(DbCommand command)
        {
            Interlocked.Increment(ref count);
            Last += command.CommandText.ReplaceLineEndings(" ") + " ;; ";
        }
    }
}
