using PressCms.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Recipes;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.Web.Storage;

namespace PressCms.Web.Setup;

/// <summary>
/// First run: applies a recipe, names the site and creates the first administrator, all in one
/// transaction. There are no default accounts; the administrator's password is always chosen.
/// </summary>
public sealed class SiteSetup(
    PressCmsDbContext db, UserManager<PressUser> users, RoleManager<IdentityRole> roles,
    RecipeRunner recipes, PressCmsPaths paths, SetupState state, SetupCode code, IWebHostEnvironment environment, TimeProvider time)
{
    public async Task<IReadOnlyList<FieldError>> RunAsync(SetupRequest request, string channel, CancellationToken cancellationToken = default)
    {
        if (await state.IsSetUpAsync(db, cancellationToken))
        {
            return [new FieldError("site", "This site is already set up")];
        }
        var errors = await ValidateAsync(request);
        if (errors.Count > 0)
        {
            return errors;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await recipes.ApplyFileAsync(paths.Recipe(request.Recipe), request.AdminEmail, channel, cancellationToken);
        }
        catch (RecipeException ex)
        {
            return [new FieldError("recipe", ex.Message)];
        }
        var settings = await db.Newsroom.SingleAsync(cancellationToken);
        settings.Name = request.SiteName.Trim();
        if (request.BaseUrl is not null)
        {
            settings.BaseUrl = PublicAddress.Check(request.BaseUrl, PlainHttpAllowed).Address!;
        }
        settings.SetUpUtc = time.GetUtcNow().UtcDateTime;
        db.Record(new AuditRecord(settings.SetUpUtc.Value, request.AdminEmail, AuditActions.SiteSetUp, channel,
            Detail: $"site '{settings.Name}' at {settings.BaseUrl} from the {request.Recipe} recipe; first administrator {request.AdminEmail}"));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        var admin = new PressUser { UserName = request.AdminEmail, Email = request.AdminEmail, EmailConfirmed = true };
        var created = await users.CreateAsync(admin, request.AdminPassword);
        if (!created.Succeeded)
        {
            return [.. created.Errors.Select(e => new FieldError("adminPassword", e.Description))];
        }
        await users.AddToRoleAsync(admin, StaffRoles.Administrator);
        await transaction.CommitAsync(cancellationToken);
        code.Discard();
        return [];
    }

    private bool PlainHttpAllowed => environment.IsDevelopment() || environment.IsEnvironment("Testing");

    /// <summary>As the database keeps it.</summary>
    public const int SiteNameMaxLength = 200;

    private async Task<List<FieldError>> ValidateAsync(SetupRequest request)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.SiteName))
        {
            errors.Add(new FieldError("siteName", "Enter the newsroom's name"));
        }
        else if (request.SiteName.Length > SiteNameMaxLength)
        {
            errors.Add(new FieldError("siteName", $"Keep the newsroom's name to {SiteNameMaxLength} characters"));
        }
        else if (PlainText.Unpublishable(request.SiteName) is { } character)
        {
            errors.Add(new FieldError("siteName", PlainText.Refusal("The newsroom's name", character)));
        }
        if (request.BaseUrl is not null && PublicAddress.Check(request.BaseUrl, PlainHttpAllowed).Error is { } addressError)
        {
            errors.Add(new FieldError("baseUrl", addressError));
        }
        if (!File.Exists(paths.Recipe(request.Recipe)))
        {
            errors.Add(new FieldError("recipe", $"No recipe named '{request.Recipe}'"));
        }
        if (string.IsNullOrWhiteSpace(request.AdminEmail) || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(request.AdminEmail))
        {
            errors.Add(new FieldError("adminEmail", "Enter the administrator's email address, like name@example.police.uk"));
        }
        var probe = new PressUser { UserName = request.AdminEmail, Email = request.AdminEmail };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, probe, request.AdminPassword ?? "");
            errors.AddRange(result.Errors.Select(e => new FieldError("adminPassword", e.Description)));
        }
        return errors;
    }
}
