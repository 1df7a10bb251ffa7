using PressCms.Core.People;

namespace PressCms.Core.Workflow;

/// <summary>Who is acting, with the roles they hold now.</summary>
public sealed record Actor(string Name, IReadOnlyCollection<string> Roles)
{
    public bool Can(Permission permission) => StaffRoles.Grants(Roles, permission);
}
