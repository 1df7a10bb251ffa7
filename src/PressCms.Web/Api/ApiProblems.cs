using PressCms.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using PressCms.Core.Releases;

namespace PressCms.Web.Api;

/// <summary>
/// Every API error as application/problem+json (RFC 9457): "errors" keyed by field for invalid
/// input, and "rule" when a workflow or content rule refused the change.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors, string? rule = null, string? detail = null)
    {
        if (errors.Count > ErrorLimits.FieldsListed)
        {
            errors = errors.Take(ErrorLimits.FieldsListed).Append(new("…", [ErrorLimits.FieldsCounted(errors.Count - ErrorLimits.FieldsListed)]))
                .ToDictionary(e => e.Key, e => e.Value);
        }
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = detail ?? string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))),
        };
        if (rule is not null)
        {
            problem.Extensions["rule"] = rule;
        }
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult Invalid(string field, string message, string? rule = null) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, rule);

    public static ProblemHttpResult Status(int status, string detail, string? rule = null) =>
        TypedResults.Problem(detail, statusCode: status, extensions: rule is null ? null : new Dictionary<string, object?> { ["rule"] = rule });

    public static ProblemHttpResult NotFound(string id) => Status(StatusCodes.Status404NotFound, $"No release has the id '{id}'");

    /// <summary>A domain rule's refusal: 403 when this person may not, 400 when the input is missing something, 409 when the release's state forbids it.</summary>
    public static ProblemHttpResult Refused(ReleaseRuleException refusal, IDictionary<string, string[]>? fieldErrors = null) => refusal.Rule switch
    {
        "not-permitted" or "approver-wrote-revision" or "approver-published-it" => Status(StatusCodes.Status403Forbidden, refusal.Message, refusal.Rule),
        "comment-required" => Invalid("comment", refusal.Message, refusal.Rule),
        "reason-required" => Invalid("reason", refusal.Message, refusal.Rule),
        "publish-time-in-past" or "live-cannot-be-embargoed" => Invalid("publishAtUtc", refusal.Message, refusal.Rule),
        "checklist-incomplete" => Invalid(fieldErrors ?? new Dictionary<string, string[]> { ["checklist"] = [refusal.Message] }, refusal.Rule, refusal.Message),
        "id-format" => Invalid("id", refusal.Message, refusal.Rule),
        "invalid-content" => Invalid("$", refusal.Message, refusal.Rule),
        "too-deeply-nested" => Invalid("body", refusal.Message, refusal.Rule),
        "correction-note" => Invalid("correctionNote", refusal.Message, refusal.Rule),
        _ => Status(StatusCodes.Status409Conflict, refusal.Message, refusal.Rule),
    };
}
