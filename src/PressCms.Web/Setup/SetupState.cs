using Microsoft.EntityFrameworkCore;
using PressCms.Data;

namespace PressCms.Web.Setup;

/// <summary>Whether the site has been set up; once it has, it stays so and the database is not asked again.</summary>
public sealed class SetupState
{
    private volatile bool setUp;

    public async Task<bool> IsSetUpAsync(PressCmsDbContext db, CancellationToken cancellationToken = default)
    {
        if (!setUp)
        {
            setUp = await db.Newsroom.AnyAsync(n => n.SetUpUtc != null, cancellationToken);
        }
        return setUp;
    }
}
