using PressCms.Core.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Releases;
using PressCms.Core.Workflow;
using PressCms.Data;
using PressCms.Data.Queries;
using PressCms.Web.Security;

namespace PressCms.Web.Api.Releases;

/// <summary>Reading, creating and editing releases through the API; decisions are in <see cref="Decisions.DecisionEndpoints"/>.</summary>
public static class ReleaseEndpoints
{
    public static RouteGroupBuilder MapReleases(this RouteGroupBuilder api)
    {
        api.MapGet("/releases", ListAsync).RequireScope(ApiScopeNames.Read).WithName("ListReleases").WithSummary("Latest revisions of every release, newest change first")
            .ProducesValidationProblem();
        api.MapPost("/releases", CreateAsync).RequireScope(ApiScopeNames.Write).WithName("CreateRelease").WithSummary("Create a draft from a release body (the recipe release shape)")
            .Takes<ReleaseResource>(required: true, maxBytes: BodyLimits.Release).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/releases/{id}", GetAsync).RequireScope(ApiScopeNames.Read).WithName("GetRelease").WithSummary("The latest revision, its status and publication state; ETag is the version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/releases/{id}", ReleaseEditing.PutAsync).RequireScope(ApiScopeNames.Write).WithName("EditRelease")
            .WithSummary("Save a new revision; If-Match must quote the ETag (428 without it, 412 if someone saved in between)")
            .Takes<ReleaseResource>(required: true, maxBytes: BodyLimits.Release).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapGet("/releases/{id}/history", HistoryAsync).RequireScope(ApiScopeNames.Read).WithName("ReleaseHistory").WithSummary("Revisions and audit entries of a release")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<ReleaseList>, ProblemHttpResult>> ListAsync(
        string? status, string? kind, string? q, string? page, PressCmsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var query = new ReleaseQuery(status, kind, q, page);
        if (query.Errors.Count > 0)
        {
            return ApiProblems.Invalid(query.Errors);
        }
        var rows = await query.Apply(db.Revisions.AsNoTracking().Include(v => v.Release).Latest())
            .Skip((query.Page - 1) * ReleaseQuery.PageSize).Take(ReleaseQuery.PageSize + 1).ToListAsync(ct);
        var nowUtc = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new ReleaseList([.. rows.Take(ReleaseQuery.PageSize).Select(v => ReleaseResource.From(v.Release, v, nowUtc))],
            query.Page, ReleaseQuery.PageSize, rows.Count > ReleaseQuery.PageSize ? query.LinkTo(query.Page + 1) : null));
    }

    private static async Task<Results<Ok<ReleaseResource>, ProblemHttpResult>> GetAsync(
        string id, HttpContext http, PressCmsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var latest = await db.Revisions.AsNoTracking().Include(v => v.Release).Latest().FirstOrDefaultAsync(v => v.ReleaseId == id, ct);
        if (latest is null)
        {
            return ApiProblems.NotFound(id);
        }
        http.Response.Headers.ETag = ETags.Of(latest.Release.Version);
        return TypedResults.Ok(ReleaseResource.From(latest.Release, latest, time.GetUtcNow().UtcDateTime));
    }

    private static async Task<Results<Created<ReleaseResource>, ProblemHttpResult>> CreateAsync(
        HttpContext http, PressCmsDbContext db, IMarkdownRenderer markdown, TimeProvider time, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        if (!actor.Can(Permission.Edit))
        {
            return ApiProblems.Status(StatusCodes.Status403Forbidden, $"{actor.Name} does not hold a role that may write releases", "not-permitted");
        }
        var (item, errors) = await ReleaseChecks.ReadAsync(http.Request, db, null, ct);
        if (item is null || errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, "invalid-content");
        }
        if (item.Id is { } given && await db.Releases.AnyAsync(r => r.Id == given, ct))
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, $"A release with the id '{given}' already exists; PUT to /api/releases/{given} to edit it", "id-taken");
        }
        var nowUtc = time.GetUtcNow().UtcDateTime;
        var release = Release.Create(item.Id ?? await db.NewReleaseIdAsync(item.Content.Slug, nowUtc, ct), item.Content, markdown, actor.Name, nowUtc);
        db.Releases.Add(release);
        db.Record(new AuditRecord(nowUtc, actor.Name, AuditActions.ReleaseCreated, AuditChannels.Api, release.Id, release.LatestRevisionNumber));
        await db.SaveChangesAsync(ct);
        http.Response.Headers.ETag = ETags.Of(release.Version);
        return TypedResults.Created($"/api/releases/{release.Id}", ReleaseResource.From(release, release.Latest, nowUtc));
    }

    private static async Task<Results<Ok<ReleaseHistory>, ProblemHttpResult>> HistoryAsync(string id, PressCmsDbContext db, CancellationToken ct)
    {
        if (!await db.Releases.AnyAsync(r => r.Id == id, ct))
        {
            return ApiProblems.NotFound(id);
        }
        var revisions = await db.Revisions.AsNoTracking().Where(v => v.ReleaseId == id).OrderBy(v => v.Number)
            .Select(v => new ReleaseHistory.RevisionEntry(v.Number, v.Slug, v.Headline, v.EditedBy, v.CreatedUtc, v.ApprovedBy, v.ApprovedUtc, v.WentLiveUtc, v.CorrectionNote))
            .ToListAsync(ct);
        var audit = await db.AuditTrail.AsNoTracking().Where(e => e.ReleaseId == id).OrderBy(e => e.Sequence)
            .Select(e => new ReleaseHistory.AuditItem(e.Sequence, e.AtUtc, e.Actor, e.Action, e.Channel, e.RevisionNumber, e.Detail))
            .ToListAsync(ct);
        return TypedResults.Ok(new ReleaseHistory(id, revisions, audit));
    }
}
