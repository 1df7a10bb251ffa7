using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Audit;

public sealed class AuditExportTests
{
    [Fact]
    public async Task Should_export_the_whole_trail_as_csv_and_json_with_its_hashes()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var stranger = new AdminClient(factory.Anonymous());
        await stranger.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = "=HYPERLINK(\"http://evil\")", ["Password"] = "guess-guess-guess" });
        using var admin = await factory.SignInAsync();

        var csv = await admin.Http.GetStringAsync("/admin/audit?handler=Csv");
        var json = await admin.Http.GetStringAsync("/admin/audit?handler=Json");

        var lines = csv.TrimEnd().Split('\n');
        Assert.Equal("sequence,at_utc,actor,action,release_id,revision,detail,channel,previous_hash,hash", lines[0]);
        // Set-up, the stranger's failure, the administrator setting up their authenticator, their sign-in: four entries and a header.
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("1,", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", csv);
        using var document = JsonDocument.Parse(json);
        var entries = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, entries.Count);
        Assert.Equal(entries[0].GetProperty("hash").GetString(), entries[1].GetProperty("previousHash").GetString());
    }

    [Theory]
    [InlineData("\t=1+1")]
    [InlineData("\r=HYPERLINK(\"http://evil\")")]
    [InlineData("  =1+1")]
    [InlineData("\n@SUM(A1)")]
    public async Task Should_defuse_a_formula_behind_leading_whitespace_in_the_csv(string hostile)
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            db.Record(new AuditRecord(factory.Clock.GetUtcNow().UtcDateTime, hostile, AuditActions.SignInFailed, AuditChannels.Admin, Detail: hostile));
            await db.SaveChangesAsync();
        }
        using var admin = await factory.SignInAsync();

        var csv = await admin.Http.GetStringAsync("/admin/audit?handler=Csv");

        Assert.Contains("\"'" + hostile.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\"" + hostile.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", csv, StringComparison.Ordinal);
    }
}
