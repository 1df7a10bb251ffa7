using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PressCms.Core.Releases;
using PressCms.Core.Validation;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.Web.Security;

namespace PressCms.IntegrationTests.Api;

/// <summary>Every input has a size: bodies per endpoint, the errors reported, lists and texts of a release.</summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task Should_name_a_few_unknown_keys_and_count_the_rest_in_a_small_answer()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var api = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var body = JsonNode.Parse(ApiClients.Release("many-keys"))!.AsObject();
        for (var i = 0; i < 50_000; i++)
        {
            body["k" + i] = 1;
        }

        var response = await api.PostJsonAsync("/api/releases", body.ToJsonString());
        var text = await response.Content.ReadAsStringAsync();

        var problem = await response.ProblemAsync(400);
        Assert.True(text.Length < 8_000, $"the answer is {text.Length:N0} characters");
        Assert.Equal(["k0", "k1", "k2", "k3", "k4", "(root)"], problem.ErrorKeys());
        Assert.Equal("49,995 more unknown keys not listed", problem.GetProperty("errors").GetProperty("(root)")[0].GetString());
    }

    [Fact]
    public async Task Should_name_a_few_unknown_keys_of_a_decision_body_and_count_the_rest()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var api = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var id = await api.CreateAsync("decision-keys");
        var body = string.Join(",", Enumerable.Range(0, 2_000).Select(i => $"\"k{i}\":1"));

        var problem = await (await api.PostJsonAsync($"/api/releases/{id}/submit", "{" + body + "}")).ProblemAsync(400);

        Assert.Equal(6, problem.ErrorKeys().Count());
        Assert.Equal("1,995 more unknown keys not listed", problem.GetProperty("errors").GetProperty("$")[0].GetString());
    }

    [Fact]
    public async Task Should_refuse_a_body_past_the_endpoints_limit_with_413_naming_it()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var api = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var id = await api.CreateAsync("big-bodies");
        var huge = JsonNode.Parse(ApiClients.Release("too-big"))!.AsObject();
        huge["body"] = new string('x', (int)BodyLimits.Release + 10);

        var release = await (await api.PostJsonAsync("/api/releases", huge.ToJsonString())).ProblemAsync(413);
        var decision = await (await api.PostJsonAsync($"/api/releases/{id}/submit", $$"""{ "comment": "{{new string('y', (int)BodyLimits.Default)}}" }""")).ProblemAsync(413);
        // Sent without a length, the body is counted as it is read.
        var streamed = new StringContent(huge.ToJsonString(), Encoding.UTF8, "application/json");
        await streamed.LoadIntoBufferAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/releases") { Content = new StreamContent(await streamed.ReadAsStreamAsync()) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;
        var chunked = await (await api.SendAsync(request)).ProblemAsync(413);

        Assert.Equal(BodyLimits.TooLarge(BodyLimits.Release), release.GetProperty("detail").GetString());
        Assert.Equal(BodyLimits.TooLarge(BodyLimits.Default), decision.GetProperty("detail").GetString());
        Assert.Equal(BodyLimits.TooLarge(BodyLimits.Release), chunked.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Should_refuse_an_oversized_form_with_413_not_an_error_page()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var anonymous = factory.Anonymous();

        var response = await anonymous.PostAsync("/account/login", new FormUrlEncodedContent([new("Email", new string('a', (int)BodyLimits.Default))]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("64 KB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_lists_and_texts_past_their_limits_naming_each_field()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var api = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var body = JsonNode.Parse(ApiClients.Release("long-lists"))!.AsObject();
        body["body"] = new string('b', ReleaseContent.BodyMaxLength + 1);
        body["notesToEditors"] = new string('n', ReleaseContent.NotesToEditorsMaxLength + 1);
        body["figures"] = new JsonArray([.. Enumerable.Range(0, ReleaseContent.MaxItems + 1).Select(i => (JsonNode)new JsonObject { ["label"] = "Figure " + i, ["value"] = i })]);
        body["quotes"] = new JsonArray(new JsonObject { ["text"] = new string('q', ReleaseContent.QuoteMaxLength + 1), ["speaker"] = "DI Jane Smith" });
        body["agencies"] = new JsonArray([.. Enumerable.Range(0, ReleaseContent.MaxItems + 1).Select(i => (JsonNode)("Agency " + i))]);

        var problem = await (await api.PostJsonAsync("/api/releases", body.ToJsonString())).ProblemAsync(400);
        var errors = problem.GetProperty("errors");

        Assert.Equal("The body must be 100,000 characters or fewer; it has 100,001", errors.GetProperty("body")[0].GetString());
        Assert.StartsWith("The notes to editors must be 10,000 characters", errors.GetProperty("notesToEditors")[0].GetString());
        Assert.Equal("A release takes at most 50 figures; this one has 51", errors.GetProperty("figures")[0].GetString());
        Assert.Equal("A release takes at most 50 agencies; this one has 51", errors.GetProperty("agencies")[0].GetString());
        Assert.StartsWith("Quote 1 must be 5,000 characters", errors.GetProperty("quotes[0].text")[0].GetString());
    }

    [Fact]
    public async Task Should_list_a_bounded_number_of_fields_and_count_the_rest()
    {
        await using var factory = new NewsroomFactory(Database.Sqlite);
        await factory.SetUpAsync();
        using var api = await factory.ApiClientAsync(NewsroomFactory.AdminEmail);
        var body = JsonNode.Parse(ApiClients.Release("many-mistakes"))!.AsObject();
        body["figures"] = new JsonArray([.. Enumerable.Range(0, 40).Select(_ => (JsonNode)new JsonObject { ["label"] = "", ["value"] = -1 })]);

        var problem = await (await api.PostJsonAsync("/api/releases", body.ToJsonString())).ProblemAsync(400);
        var keys = problem.ErrorKeys().ToList();

        Assert.Equal(ErrorLimits.FieldsListed + 1, keys.Count);
        Assert.Equal("…", keys[^1]);
        Assert.StartsWith("55 more fields with problems not listed", problem.GetProperty("errors").GetProperty("…")[0].GetString());
        Assert.DoesNotContain("figures[39]", problem.GetProperty("detail").GetString());
    }
}
