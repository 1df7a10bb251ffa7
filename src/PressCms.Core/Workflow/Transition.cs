namespace PressCms.Core.Workflow;

public enum Transition
{
    Submit,
    Approve,
    RequestChanges,
    Publish,
    Recall,
    Withdraw,
    Reopen,
    EmergencyPublish,
    ApproveRetrospectively,
}
