using PressCms.Core.People;
using PressCms.Core.Workflow;

namespace PressCms.UnitTests.Core.Releases;

/// <summary>The staff of the tests' press office.</summary>
internal static class People
{
    public static readonly Actor Author = new("author@example.police.uk", [StaffRoles.Author]);
    public static readonly Actor Approver = new("approver@example.police.uk", [StaffRoles.Approver]);
    public static readonly Actor Publisher = new("publisher@example.police.uk", [StaffRoles.Publisher]);
    public static readonly Actor Administrator = new("admin@example.police.uk", [StaffRoles.Administrator]);

    public static readonly ApprovalChecklist AllChecked = new(true, true, true, true);
}
