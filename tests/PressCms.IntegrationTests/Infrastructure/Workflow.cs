using System.Net;

namespace PressCms.IntegrationTests.Infrastructure;

/// <summary>Takes a release through review the way a press office does: the author submits, a second person approves, a publisher publishes.</summary>
public static class Workflow
{
    public static readonly Dictionary<string, string> AllChecked = new()
    {
        ["Contempt"] = "true", ["Safeguarding"] = "true", ["Quotes"] = "true", ["Images"] = "true",
    };

    public static string ReleaseId(string editPath) => editPath.Split('/')[3];

    /// <summary>Opens a decision page and posts its form with the given fields.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(this AdminClient client, string releaseId, string transition, Dictionary<string, string>? fields = null)
    {
        var path = $"/admin/releases/{releaseId}/decide/{transition}";
        var page = await client.GetPageAsync(path);
        var values = AdminClient.FormValues(page);
        foreach (var (key, value) in fields ?? [])
        {
            values[key] = value;
        }
        return await client.PostWithTokenAsync(page, path, values);
    }

    /// <summary>Submit (as <paramref name="author"/>), approve (as the factory's approver), then publish with the given fields (as <paramref name="author"/>, an administrator).</summary>
    public static async Task<HttpResponseMessage> PublishThroughReviewAsync(this NewsroomFactory factory, AdminClient author, string editPath, Dictionary<string, string>? publish = null)
    {
        using var approver = await factory.SignInAsync(NewsroomFactory.ApproverEmail);
        return await author.PublishThroughReviewAsync(approver, editPath, publish);
    }

    public static async Task<HttpResponseMessage> PublishThroughReviewAsync(this AdminClient author, AdminClient approver, string editPath, Dictionary<string, string>? publish = null)
    {
        var id = ReleaseId(editPath);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PressAsync(editPath, "Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await approver.DecideAsync(id, "approve", AllChecked)).StatusCode);
        var published = await author.DecideAsync(id, "publish", publish);
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, await published.Content.ReadAsStringAsync());
        return published;
    }
}
