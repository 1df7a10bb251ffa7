using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Releases;
using PressCms.Core.Workflow;
using PressCms.Data;
using PressCms.Web.Security;

namespace PressCms.Web.Api.Releases;

/// <summary>PUT: a new revision, only for a caller who quotes the version they read (If-Match), so nobody overwrites a save they have not seen.</summary>
internal static class ReleaseEditing
{
    public static async Task<Results<Ok<ReleaseResource>, ProblemHttpResult>> PutAsync(
        string id, HttpContext http, PressCmsDbContext db, IMarkdownRenderer markdown, TimeProvider time, CancellationToken ct)
    {
        var release = await db.Releases.Include(r => r.Revisions).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (release is null)
        {
            return ApiProblems.NotFound(id);
        }
        if (ETags.IfMatch(http.Request) is not { } expected)
        {
            return ApiProblems.Status(StatusCodes.Status428PreconditionRequired,
                "Send If-Match with the ETag from GET /api/releases/{id}, so that a save made in between is never overwritten", "if-match-required");
        }
        if (expected != release.Version)
        {
            throw new EditConflictException(id, expected, release.Version);
        }
        var actor = http.User.ToActor();
        if (!actor.Can(Permission.Edit))
        {
            return ApiProblems.Status(StatusCodes.Status403Forbidden, $"{actor.Name} does not hold a role that may write releases", "not-permitted");
        }
        var (item, errors) = await ReleaseChecks.ReadAsync(http.Request, db, id, ct);
        if (item is null || errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, "invalid-content");
        }
        var nowUtc = time.GetUtcNow().UtcDateTime;
        // PUT is idempotent: the same content again makes no new revision.
        if (!item.Content.SameAs(release.Latest.ToContent()))
        {
            var revision = release.Edit(expected, item.Content, markdown, actor.Name, nowUtc);
            db.Record(new AuditRecord(nowUtc, actor.Name, AuditActions.ReleaseEdited, AuditChannels.Api, id, revision.Number));
            await db.SaveChangesAsync(ct);
        }
        http.Response.Headers.ETag = ETags.Of(release.Version);
        return TypedResults.Ok(ReleaseResource.From(release, release.Latest, nowUtc));
    }
}
