namespace PressCms.Web.Api.Decisions;

/// <summary>Body of request-changes: what needs to change (required).</summary>
public sealed record CommentRequest(string? Comment);
