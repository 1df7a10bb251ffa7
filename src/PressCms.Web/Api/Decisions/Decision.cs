using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Releases;
using PressCms.Core.Workflow;
using PressCms.Data;
using PressCms.Web.Api.Releases;
using PressCms.Web.Security;

namespace PressCms.Web.Api.Decisions;

/// <summary>One decision taken through the API: the version it applies to, who takes it, and when.</summary>
internal sealed record Decision(Guid Version, Actor Actor, DateTime NowUtc)
{
    /// <summary>Loads the release, reads the body, lets the domain decide, and saves the change with its audit entry in one transaction.</summary>
    public static async Task<Results<Ok<ReleaseResource>, ProblemHttpResult>> RunAsync<T>(
        string id, HttpContext http, Transition transition, string[] keys, Func<JsonBody, T> read, Action<Release, T, Decision> decide,
        Func<T, string?>? detail = null, Func<T, ChecklistRequest>? checklist = null)
    {
        var db = http.RequestServices.GetRequiredService<PressCmsDbContext>();
        var ct = http.RequestAborted;
        var release = await db.Releases.Include(r => r.Revisions).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (release is null)
        {
            return ApiProblems.NotFound(id);
        }
        var expected = ETags.IfMatch(http.Request) ?? release.Version;
        var body = await JsonBody.ReadAsync(http.Request, keys);
        var request = read(body);
        if (body.Problem() is { } invalid)
        {
            return invalid;
        }
        var decision = new Decision(expected, http.User.ToActor(), http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        try
        {
            decide(release, request, decision);
        }
        catch (ReleaseRuleException ex)
        {
            return ApiProblems.Refused(ex, ex.Rule == "checklist-incomplete" && checklist is not null ? checklist(request).Unticked() : null);
        }
        var said = detail?.Invoke(request) is { Length: > 0 } text ? text.Trim() : null;
        var scheduled = transition == Transition.Publish && release.PublishAtUtc is { } at ? $"public from {at:O}" : null;
        db.Record(new AuditRecord(decision.NowUtc, decision.Actor.Name, AuditActions.Of(transition), AuditChannels.Api, id, release.LatestRevisionNumber,
            string.Join("; ", new[] { scheduled, said }.OfType<string>()) is { Length: > 0 } joined ? joined : null));
        await db.SaveChangesAsync(ct);
        http.Response.Headers.ETag = ETags.Of(release.Version);
        return TypedResults.Ok(ReleaseResource.From(release, release.Latest, decision.NowUtc));
    }
}
