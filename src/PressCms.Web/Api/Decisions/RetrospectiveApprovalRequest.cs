namespace PressCms.Web.Api.Decisions;

/// <summary>Body of approve-retrospectively: the same checklist as an approval, for a release published in an emergency.</summary>
public sealed record RetrospectiveApprovalRequest(ChecklistRequest Checklist);
