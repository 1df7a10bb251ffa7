namespace PressCms.Core.Workflow;

/// <summary>What a member of staff may be allowed to do; each workflow move needs one.</summary>
public enum Permission
{
    Edit,
    Submit,
    Approve,
    Publish,
    Withdraw,
    EmergencyPublish,
    ManageUsers,
}
