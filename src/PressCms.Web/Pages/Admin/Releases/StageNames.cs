using PressCms.Core.Workflow;

namespace PressCms.Web.Pages.Admin.Releases;

public static class StageNames
{
    public static string Of(ReleaseStage stage) => stage switch
    {
        ReleaseStage.InReview => "In review",
        ReleaseStage.ChangesRequested => "Changes requested",
        ReleaseStage.AwaitingRetrospectiveApproval => "Awaiting retrospective approval",
        _ => stage.ToString(),
    };
}
