using Microsoft.AspNetCore.Http.HttpResults;
using PressCms.Core.Workflow;

namespace PressCms.Web.Api.Decisions;

/// <summary>
/// The workflow decisions, one POST each. Which move is legal, and for whom, is the domain's
/// table: 403 "not-permitted" or "approver-wrote-revision", 409 "illegal-transition", 400 for
/// a missing comment, reason or check. If-Match is optional here; when sent, a stale one is 412.
/// </summary>
public static class DecisionEndpoints
{
    public static RouteGroupBuilder MapReleaseDecisions(this RouteGroupBuilder api)
    {
        Map(api, Transition.Submit, "Draft or changes requested → in review", Submit);
        Map(api, Transition.Approve, "In review → approved; every checklist member must be true; never by someone who wrote the revision", Approve).Takes<ApproveRequest>();
        Map(api, Transition.RequestChanges, "In review → changes requested; comment required", RequestChanges).Takes<CommentRequest>();
        Map(api, Transition.Publish, "Approved → live now, or scheduled for publishAtUtc; correction is a public note for a live release", Publish).Takes<PublishRequest>();
        Map(api, Transition.Recall, "Approved or scheduled → draft; nothing goes live", Recall);
        Map(api, Transition.Withdraw, "Live or scheduled → withdrawn (the page answers 410); reason required", Withdraw).Takes<ReasonRequest>();
        Map(api, Transition.Reopen, "Withdrawn → draft", Reopen);
        Map(api, Transition.EmergencyPublish, "Draft or in review → live without approval, flagged for retrospective approval; reason required", EmergencyPublish).Takes<ReasonRequest>();
        Map(api, Transition.ApproveRetrospectively, "Approve a release published in an emergency; checklist as for approve", ApproveRetrospectively).Takes<RetrospectiveApprovalRequest>();
        return api;
    }

    /// <summary>The URL segment of a decision, e.g. "request-changes".</summary>
    public static string Segment(Transition transition) => Releases.ReleaseResource.Kebab(transition);

    private static RouteHandlerBuilder Map(RouteGroupBuilder api, Transition transition, string summary, Delegate handler) =>
        api.MapPost($"/releases/{{id}}/{Segment(transition)}", handler).RequireScope(PressCms.Core.People.ApiScopeNames.Decide).WithName(transition.ToString() + "Release").WithSummary(summary)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static Task<Results<Ok<Releases.ReleaseResource>, ProblemHttpResult>> Submit(string id, HttpContext http) =>
        Decision.RunAsync(id, http, Transition.Submit, [], _ => 0, (release, _, d) => release.Submit(d.Version, d.Actor, d.NowUtc));

    private static Task<Results<Ok<Releases.ReleaseResource>, ProblemHttpResult>> Approve(string id, HttpContext http) =>
        Decision.RunAsync(id, http, Transition.Approve, ["checklist", "comment"], body => new ApproveRequest(ChecklistRequest.Read(body), body.String("comment")),
            (release, request, d) => release.Approve(d.Version, d.Actor, request.Checklist.ToChecklist(), request.Comment, d.NowUtc),
            request => request.Comment, request => request.Checklist);

    private static Task<Results<Ok<Releases.ReleaseResource>, ProblemHttpResult>> RequestChanges(string id, HttpContext http) =>
        Decision.RunAsync(id, http, Transition.RequestChanges, ["comment"], body => new CommentRequest(body.String("comment")),
            (release, request, d) => release.RequestChanges(d.Version, d.Actor, request.Comment ?? "", d.NowUtc), request => request.Comment);

    private static Task<Results<Ok<Releases.ReleaseResource>, ProblemHttpResult>> Publish(string id, HttpContext http) =>
        Decision.RunAsync(id, http, Transition.Publish, ["publishAtUtc", "correction"], body => (At: body.Instant("publishAtUtc"), Correction: body.String("correction")),
            (release, request, d) => release.Publish(d.Version, d.Actor, request.At, request.Correction, d.NowUtc),
            request => request.Correction is { Length: > 0 } note ? $"correction: {note.Trim()}" : null);

    private static Task<Results<Ok<Releases.ReleaseResource>, ProblemHttpResult>> Recall(string id, HttpContext http) =>
        Decision.RunAsync(id, http, Transition.Recall, [], _ => 0, (release, _, d) => release.Recall(d.Version, d.Actor, d.NowUtc));

    private static Task<Results<Ok<Releases.ReleaseResource>, ProblemHttpResult>> Withdraw(string id, HttpContext http) =>
        Decision.RunAsync(id, http, Transition.Withdraw, ["reason"], body => new ReasonRequest(body.String("reason")),
            (release, request, d) => release.Withdraw(d.Version, d.Actor, request.Reason ?? "", d.NowUtc), request => request.Reason);

    private static Task<Results<Ok<Releases.ReleaseResource>, ProblemHttpResult>> Reopen(string id, HttpContext http) =>
        Decision.RunAsync(id, http, Transition.Reopen, [], _ => 0, (release, _, d) => release.Reopen(d.Version, d.Actor, d.NowUtc));

    private static Task<Results<Ok<Releases.ReleaseResource>, ProblemHttpResult>> EmergencyPublish(string id, HttpContext http) =>
        Decision.RunAsync(id, http, Transition.EmergencyPublish, ["reason", "correction"], body => new ReasonRequest(body.String("reason"), body.String("correction")),
            (release, request, d) => release.EmergencyPublish(d.Version, d.Actor, request.Reason ?? "", request.Correction, d.NowUtc), request => request.Reason);

    private static Task<Results<Ok<Releases.ReleaseResource>, ProblemHttpResult>> ApproveRetrospectively(string id, HttpContext http) =>
        Decision.RunAsync(id, http, Transition.ApproveRetrospectively, ["checklist"], body => new RetrospectiveApprovalRequest(ChecklistRequest.Read(body)),
            (release, request, d) => release.ApproveRetrospectively(d.Version, d.Actor, request.Checklist.ToChecklist(), d.NowUtc),
            checklist: request => request.Checklist);
}
