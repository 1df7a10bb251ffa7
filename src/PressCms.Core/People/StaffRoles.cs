using PressCms.Core.Workflow;

namespace PressCms.Core.People;

/// <summary>The staff roles and what each may do. An Administrator may do everything, still under the two-person rule.</summary>
public static class StaffRoles
{
    public const string Administrator = "Administrator";
    public const string Author = "Author";
    public const string Approver = "Approver";
    public const string Publisher = "Publisher";

    public static readonly IReadOnlyList<string> All = [Administrator, Author, Approver, Publisher];

    private static readonly Dictionary<string, Permission[]> RolePermissions = new()
    {
        [Author] = [Permission.Edit, Permission.Submit],
        [Approver] = [Permission.Edit, Permission.Approve],
        [Publisher] = [Permission.Edit, Permission.Publish, Permission.Withdraw, Permission.EmergencyPublish],
        [Administrator] = Enum.GetValues<Permission>(),
    };

    public static bool Grants(IEnumerable<string> roles, Permission permission) =>
        roles.Any(role => RolePermissions.TryGetValue(role, out var permissions) && permissions.Contains(permission));
}
