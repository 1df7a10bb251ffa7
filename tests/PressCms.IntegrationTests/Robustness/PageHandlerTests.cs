using PressCms.IntegrationTests.Infrastructure;

namespace PressCms.IntegrationTests.Robustness;

/// <summary>
/// Razor Pages takes every public method named On{Verb}{Name} as a handler, so a page model's override
/// of PageModel.OnPageHandlerExecuting is a handler for the HTTP method "PAGE", called with a context
/// nobody can bind. Only GET and POST handlers are meant; anything else is a method mistaken for one.
/// </summary>
public sealed class PageHandlerTests
{
    [Fact]
    public async Task Should_take_only_get_and_post_methods_as_page_handlers()
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Database.Sqlite);

        var mistaken = (await RouteCatalog.ReadAsync(newsroom.Services))
            .Where(r => r.Page is not null)
            .SelectMany(r => r.Page!.HandlerMethods.Where(h => h.HttpMethod is not ("Get" or "Post")).Select(h => $"{h.MethodInfo.DeclaringType?.Name}.{h.MethodInfo.Name} ({h.HttpMethod} {r.Template})"))
            .Distinct();

        Assert.Empty(mistaken);
    }

    [Theory]
    [InlineData("PAGE")]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task Should_answer_a_filter_method_named_as_a_handler_without_a_server_error(string method)
    {
        await using var newsroom = await HostileNewsroom.StartAsync(Database.Sqlite);
        var admin = await newsroom.AdminAsync();
        var token = FormToken.In(await admin.Http.GetStringAsync("/account/login"));

        foreach (var page in new[] { "/admin/releases/create", $"/admin/releases/{newsroom.DraftId}/edit" })
        {
            var request = new HttpRequestMessage(new HttpMethod(method), $"{page}?handler=HandlerExecuting");
            if (method != "GET")
            {
                request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            }
            await newsroom.Findings.SendAsync(admin, request);
        }

        newsroom.Findings.AssertNone();
    }
}
