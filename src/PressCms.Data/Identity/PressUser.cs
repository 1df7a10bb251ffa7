using Microsoft.AspNetCore.Identity;

namespace PressCms.Data.Identity;

/// <summary>A member of staff who signs in to the admin.</summary>
public sealed class PressUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
