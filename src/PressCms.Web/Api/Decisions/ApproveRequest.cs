namespace PressCms.Web.Api.Decisions;

/// <summary>Body of approve: the checklist, every member true, and an optional comment for the author.</summary>
public sealed record ApproveRequest(ChecklistRequest Checklist, string? Comment);
