using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.BrowserTests.Infrastructure;
using PressCms.Core.Audit;
using PressCms.Core.Media;
using PressCms.Core.People;
using PressCms.Core.Recipes;
using PressCms.Core.Releases;
using PressCms.Core.Validation;
using PressCms.Core.Workflow;
using PressCms.Data;
using PressCms.Data.Recipes;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace PressCms.BrowserTests.Feeds;

/// <summary>
/// One public release per payload, with the payload in every text an officer can write: headline,
/// standfirst, body and notes (Markdown), figure label, unit and period, key date, quote, speaker,
/// role and organisation, agency, the lead and gallery images' alt text, caption, credit and
/// copyright, the names of its own category, unit, area and operation, and a correction note.
/// A recipe publishes them (the way the sample releases are), then each is corrected as a press
/// office does: edited, submitted, approved by a second person and published with the note.
/// Text no feed can carry is cleaned as the release form cleans it (the API and recipes refuse it).
/// </summary>
internal static class HostileReleases
{
    public static string Id(int index) => "hostile-" + index.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The combined feed of release <paramref name="index"/>'s own category, operation, unit and area, whose title names all four.</summary>
    public static string TopicFeed(int index, string extension) =>
        $"/feeds/releases.{extension}?category={Id(index)}&operation={Id(index)}&unit={Id(index)}&area={Id(index)}";

    /// <summary>The payload as it can be published.</summary>
    public static string Text(string payload) => PlainText.Clean(payload)!;

    public static string Headline(string payload) => PlainText.Truncate(Text(payload), ReleaseContent.HeadlineMaxLength);

    public static async Task PublishAsync(BrowserNewsroom site, IReadOnlyList<string> payloads)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var media = services.GetRequiredService<IMediaImport>();
        var image = await ImportImageAsync(media);
        var nowUtc = site.Clock.GetUtcNow().UtcDateTime;
        await ApplyAsync(services, Recipe(payloads, image, nowUtc), media);
        await CorrectAsync(services, payloads, nowUtc);
    }

    /// <summary>Renames the newsroom through a recipe, as an administrator would.</summary>
    public static async Task RenameAsync(BrowserNewsroom site, string name)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var recipe = new JsonObject
        {
            ["name"] = "rename",
            ["steps"] = new JsonArray(new JsonObject { ["step"] = "newsroom", ["name"] = Text(name) }),
        };
        await ApplyAsync(scope.ServiceProvider, recipe, scope.ServiceProvider.GetRequiredService<IMediaImport>());
    }

    private static async Task ApplyAsync(IServiceProvider services, JsonObject recipe, IMediaImport media) =>
        await services.GetRequiredService<RecipeImporter>()
            .ApplyAsync(RecipeParser.Parse(recipe.ToJsonString()), new RecipeFiles(null, media), "test", AuditChannels.CommandLine);

    private static JsonObject Recipe(IReadOnlyList<string> payloads, string image, DateTime nowUtc)
    {
        JsonArray Terms() => [.. payloads.Select((p, i) => new JsonObject { ["slug"] = Id(i), ["name"] = Text(p) })];
        return new JsonObject
        {
            ["name"] = "hostile",
            ["steps"] = new JsonArray(
                new JsonObject { ["step"] = "taxonomy", ["units"] = Terms(), ["areas"] = Terms(), ["categories"] = Terms() },
                new JsonObject
                {
                    ["step"] = "operations",
                    ["items"] = new JsonArray([.. payloads.Select((p, i) => new JsonObject { ["slug"] = Id(i), ["name"] = Text(p), ["summary"] = Text(p), ["unit"] = Id(i) })]),
                },
                new JsonObject
                {
                    ["step"] = "releases",
                    // Oldest first, a minute apart, so the feeds and their archive pages hold them in a known order.
                    ["items"] = new JsonArray([.. payloads.Select((p, i) => Release(i, Text(p), image, nowUtc.AddDays(-2).AddMinutes(i)))]),
                }),
        };
    }

    private static JsonObject Release(int index, string text, string image, DateTime publishAtUtc)
    {
        JsonObject Image() => new() { ["src"] = image, ["alt"] = text, ["caption"] = text, ["credit"] = text, ["copyright"] = text };
        return new JsonObject
        {
            ["id"] = Id(index),
            ["kind"] = "general",
            ["slug"] = Id(index),
            ["headline"] = PlainText.Truncate(text, ReleaseContent.HeadlineMaxLength),
            ["standfirst"] = text,
            // The payload as Markdown, and inside a quote and a list, where Markdown reads it differently.
            ["body"] = $"{text}\n\n> {text}\n\n- {text}",
            ["operation"] = Id(index),
            ["unit"] = Id(index),
            ["area"] = Id(index),
            ["categories"] = new JsonArray(Id(index)),
            ["keyDates"] = new JsonArray(new JsonObject { ["label"] = text, ["from"] = "2026-11-27" }),
            ["figures"] = new JsonArray(new JsonObject { ["label"] = text, ["value"] = 3, ["unit"] = text, ["period"] = text }),
            ["quotes"] = new JsonArray(new JsonObject { ["text"] = text, ["speaker"] = text, ["role"] = text, ["organisation"] = text }),
            ["agencies"] = new JsonArray(text),
            ["notesToEditors"] = text,
            ["leadImage"] = Image(),
            ["gallery"] = new JsonArray(Image()),
            ["status"] = "published",
            ["publishAtUtc"] = publishAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
    }

    private static async Task CorrectAsync(IServiceProvider services, IReadOnlyList<string> payloads, DateTime nowUtc)
    {
        var db = services.GetRequiredService<PressCmsDbContext>();
        var markdown = services.GetRequiredService<IMarkdownRenderer>();
        var author = new Actor(BrowserNewsroom.AdminEmail, [StaffRoles.Administrator]);
        var approver = new Actor(BrowserNewsroom.ApproverEmail, [StaffRoles.Approver]);
        var checklist = new ApprovalChecklist(Contempt: true, Safeguarding: true, Quotes: true, Images: true);
        var releases = await db.Releases.Include(r => r.Revisions).Where(r => r.Id.StartsWith("hostile-")).ToDictionaryAsync(r => r.Id);
        for (var i = 0; i < payloads.Count; i++)
        {
            var release = releases[Id(i)];
            release.Edit(release.Version, release.Latest.ToContent(), markdown, author.Name, nowUtc);
            release.Submit(release.Version, author, nowUtc);
            release.Approve(release.Version, approver, checklist, null, nowUtc);
            release.Publish(release.Version, author, null, Text(payloads[i]), nowUtc);
        }
        await db.SaveChangesAsync();
    }

    private static async Task<string> ImportImageAsync(IMediaImport media)
    {
        var file = Path.Combine(Path.GetTempPath(), $"presscms-hostile-{Guid.NewGuid():N}.jpg");
        try
        {
            using (var picture = new Image<Rgb24>(640, 400, new Rgb24(40, 80, 160)))
            {
                await picture.SaveAsJpegAsync(file);
            }
            // The library's own details stay plain: each release gives its image hostile ones.
            return await media.ImportAsync(file, new MediaDetails("A blue rectangle", null, "Test", null, null, null, null, null), "test", CancellationToken.None);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
