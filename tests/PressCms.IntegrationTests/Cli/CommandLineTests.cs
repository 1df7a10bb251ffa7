using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Cli;

namespace PressCms.IntegrationTests.Cli;

/// <summary>The verbs of contracts/api.md, run in process against a real database. Passwords come from the environment, so these run one at a time.</summary>
[Collection(nameof(CommandLineTests))]
[CollectionDefinition(nameof(CommandLineTests), DisableParallelization = true)]
public sealed class CommandLineTests
{
    [Fact]
    public async Task Should_set_up_a_site_and_refuse_to_set_it_up_twice()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        Environment.SetEnvironmentVariable("PRESSCMS_ADMIN_PASSWORD", factory.AdminPassword);
        try
        {
            var first = await RunAsync(factory, "setup", "--recipe", "newsroom", "--site-name", "Kent newsroom", "--admin-email", "chief@example.police.uk");
            var second = await RunAsync(factory, "setup", "--recipe", "empty", "--site-name", "Again", "--admin-email", "other@example.police.uk");

            Assert.Equal(0, first.Code);
            Assert.Contains("Kent newsroom", first.Output);
            Assert.Equal(1, second.Code);
            Assert.Contains("already set up", second.Error);
            Assert.Contains("Kent newsroom", await factory.Anonymous().GetStringAsync("/"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PRESSCMS_ADMIN_PASSWORD", null);
        }
    }

    [Fact]
    public async Task Should_refuse_setup_without_a_password_in_the_environment()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);

        var result = await RunAsync(factory, "setup", "--recipe", "newsroom", "--site-name", "Kent", "--admin-email", "chief@example.police.uk");

        Assert.Equal(1, result.Code);
        Assert.Contains("PRESSCMS_ADMIN_PASSWORD", result.Error);
    }

    [Fact]
    public async Task Should_apply_a_recipe_and_name_the_step_and_key_of_a_bad_one()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync("empty");
        var bad = Path.Combine(Path.GetTempPath(), $"presscms-{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(bad, """{ "name": "bad", "steps": [ { "step": "taxonomy" }, { "step": "releases", "items": [ { "id": "x", "slug": "x", "body": "b" } ] } ] }""");

        var good = await RunAsync(factory, "recipe", "apply", Repo.File("recipes", "newsroom.recipe.json"));
        var malformed = await RunAsync(factory, "recipe", "apply", bad);

        Assert.Equal(0, good.Code);
        Assert.Contains("9 releases created", good.Output);
        Assert.Equal(1, malformed.Code);
        Assert.Contains("steps[1]: items[0].headline: is required", malformed.Error);
    }

    [Fact]
    public async Task Should_add_a_user_with_roles()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync("empty");
        Environment.SetEnvironmentVariable("PRESSCMS_USER_PASSWORD", factory.AdminPassword);
        try
        {
            var result = await RunAsync(factory, "user", "add", "--email", "officer@example.police.uk", "--role", "Author", "--role", "Approver");

            Assert.Equal(0, result.Code);
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
            var user = await users.FindByEmailAsync("officer@example.police.uk");
            Assert.Equal(["Approver", "Author"], (await users.GetRolesAsync(user!)).Order());
        }
        finally
        {
            Environment.SetEnvironmentVariable("PRESSCMS_USER_PASSWORD", null);
        }
    }

    [Fact]
    public async Task Should_create_an_api_token_printed_alone_on_the_last_line_and_audited()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync("empty");

        var result = await RunAsync(factory, "token", "create", "--email", NewsroomFactory.ApproverEmail);
        var unknown = await RunAsync(factory, "token", "create", "--email", "nobody@example.police.uk");

        Assert.True(result.Code == 0, result.Error);
        var token = result.Output.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("pcms_", token, StringComparison.Ordinal);
        using var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/releases")).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        Assert.DoesNotContain(token, (await db.ApiTokens.SingleAsync()).Hash, StringComparison.Ordinal);
        var entry = await db.AuditTrail.OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal(AuditChannels.CommandLine, entry.Channel);
        Assert.StartsWith($"API token \"command line\" for {NewsroomFactory.ApproverEmail}: read write decide, until 2027-02-26 09:00 UTC", entry.Detail);
        Assert.Equal(1, unknown.Code);
        Assert.Contains("--email: No member of staff has the email nobody@example.police.uk", unknown.Error);
    }

    [Fact]
    public async Task Should_make_a_named_scoped_token_list_it_and_revoke_it()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync("empty");

        var made = await RunAsync(factory, "token", "create", "--email", NewsroomFactory.ApproverEmail, "--name", "Website sync", "--scopes", "read", "--expires-days", "30");
        var token = made.Output.TrimEnd().Split('\n')[^1];
        using var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var read = await client.GetAsync("/api/releases");
        var list = await RunAsync(factory, "token", "list");
        var id = list.Output.Split('\t')[0];
        var revoked = await RunAsync(factory, "token", "revoke", "--id", id);
        var after = await client.GetAsync("/api/releases");
        var badScope = await RunAsync(factory, "token", "create", "--email", NewsroomFactory.ApproverEmail, "--scopes", "read,admin");
        var badDays = await RunAsync(factory, "token", "create", "--email", NewsroomFactory.ApproverEmail, "--expires-days", "400");
        var noSuch = await RunAsync(factory, "token", "revoke", "--id", "999");

        Assert.True(made.Code == 0, made.Error);
        Assert.Contains("\"Website sync\" for approver@example.police.uk, read, until 2026-12-28 09:00 UTC", made.Output);
        Assert.Equal(System.Net.HttpStatusCode.OK, read.StatusCode);
        Assert.Contains($"{id}\tapprover@example.police.uk\tWebsite sync\tread\tactive\tuntil 2026-12-28 09:00 UTC\tlast used 2026-11-28 09:00 UTC", list.Output);
        Assert.True(revoked.Code == 0, revoked.Error);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("\trevoked\t", (await RunAsync(factory, "token", "list")).Output);
        Assert.Contains("--scopes: 'admin' is not a scope; choose from read, write, decide", badScope.Error);
        Assert.Contains("--expires-days: A token lasts from 1 to 366 days", badDays.Error);
        Assert.Equal(1, noSuch.Code);
        Assert.Contains("no API token has the id 999", noSuch.Error);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("recipe", "apply")]
    [InlineData("user", "add", "--email", "x@example.police.uk", "--role", "Overlord")]
    [InlineData("setup", "--recipe", "newsroom", "--colour", "blue")]
    public async Task Should_exit_with_2_on_a_usage_error(params string[] args)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);

        var result = await RunAsync(factory, args);

        Assert.Equal(2, result.Code);
        Assert.Contains("usage:", result.Error);
    }

    private sealed record Result(int Code, string Output, string Error);

    private static async Task<Result> RunAsync(NewsroomFactory factory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(factory.Services, args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
