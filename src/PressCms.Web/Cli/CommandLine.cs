using PressCms.Core.People;
using Microsoft.AspNetCore.Identity;
using PressCms.Core.Audit;
using PressCms.Core.Recipes;
using Microsoft.EntityFrameworkCore;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.Web.Api.Tokens;
using PressCms.Web.Setup;
using PressCms.Web.Storage;

namespace PressCms.Web.Cli;

/// <summary>
/// The verbs of contracts/api.md. Exit 0 on success; 1 with a one-line reason on stderr on
/// failure; 2 for a usage error. Passwords come from environment variables, never arguments.
/// </summary>
internal static class CommandLine
{
    private const string Usage = "usage: setup --recipe NAME|PATH --site-name NAME --admin-email EMAIL | recipe apply PATH | user add --email EMAIL --role ROLE [--role ROLE] | token create --email EMAIL | audit verify";

    /// <summary>Who ran the command, as the audit trail records it: the operating-system account.</summary>
    private static string Operator => $"{Environment.UserName}@{Environment.MachineName} (command line)";

    public static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            await services.MigratePressCmsAsync();
            await using var scope = services.CreateAsyncScope();
            var arguments = new CommandArguments(args.Skip(1));
            var message = args[0] switch
            {
                "setup" => await SetupAsync(scope.ServiceProvider, arguments),
                "recipe" => await RecipeAsync(scope.ServiceProvider, arguments),
                "user" => await UserAsync(scope.ServiceProvider, arguments),
                "token" => await TokenAsync(scope.ServiceProvider, arguments),
                "audit" => await AuditAsync(scope.ServiceProvider, arguments),
                _ => throw new UsageException($"unknown verb '{args[0]}'"),
            };
            await output.WriteLineAsync(message);
            return 0;
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync($"{ex.Message}\n{Usage}");
            return 2;
        }
        catch (CommandFailedException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (RecipeException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static async Task<string> SetupAsync(IServiceProvider services, CommandArguments arguments)
    {
        arguments.AllowOnly("recipe", "site-name", "admin-email");
        var password = Environment.GetEnvironmentVariable("PRESSCMS_ADMIN_PASSWORD")
            ?? throw new CommandFailedException("setup: set PRESSCMS_ADMIN_PASSWORD to the first administrator's password");
        var request = new SetupRequest(arguments.Required("site-name"), arguments.Required("recipe"), arguments.Required("admin-email"), password);
        var errors = await services.GetRequiredService<SiteSetup>().RunAsync(request, AuditChannels.CommandLine);
        if (errors.Count > 0)
        {
            throw new CommandFailedException("setup: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        }
        return $"Set up '{request.SiteName}' with the {request.Recipe} recipe; administrator {request.AdminEmail}.";
    }

    private static async Task<string> RecipeAsync(IServiceProvider services, CommandArguments arguments)
    {
        arguments.AllowOnly();
        if (arguments.Positional is not ["apply", var path])
        {
            throw new UsageException("recipe apply takes one recipe file");
        }
        var outcome = await services.GetRequiredService<RecipeRunner>().ApplyFileAsync(PressCmsPaths.UserPath(path), Operator, AuditChannels.CommandLine);
        return $"Applied {path}: {outcome.Created} releases created, {outcome.Updated} updated.";
    }

    private static async Task<string> UserAsync(IServiceProvider services, CommandArguments arguments)
    {
        arguments.AllowOnly("email", "role");
        if (arguments.Positional is not ["add"])
        {
            throw new UsageException("user takes the sub-verb add");
        }
        var email = arguments.Required("email");
        var roles = arguments.All("role");
        if (roles.Count == 0 || roles.Any(r => !StaffRoles.All.Contains(r)))
        {
            throw new UsageException($"--role must be one of {string.Join(", ", StaffRoles.All)}");
        }
        var password = Environment.GetEnvironmentVariable("PRESSCMS_USER_PASSWORD")
            ?? throw new CommandFailedException("user add: set PRESSCMS_USER_PASSWORD to the new user's password");
        var users = services.GetRequiredService<UserManager<PressUser>>();
        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in roles.Where(r => !roleManager.Roles.Any(x => x.Name == r)))
        {
            await roleManager.CreateAsync(new IdentityRole(role));
        }
        var user = new PressUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new CommandFailedException("user add: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        services.GetRequiredService<PressCmsDbContext>().Record(new AuditRecord(
            services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, Operator, AuditActions.UserAdded, AuditChannels.CommandLine,
            Detail: $"{email} with roles {string.Join(", ", roles)}"));
        await users.AddToRolesAsync(user, roles);
        return $"Added {email} as {string.Join(", ", roles)}.";
    }

    /// <summary>The token is printed alone on the last line, so scripts can take it with tail -1; only its hash is stored.</summary>
    private static async Task<string> TokenAsync(IServiceProvider services, CommandArguments arguments)
    {
        arguments.AllowOnly("email");
        if (arguments.Positional is not ["create"])
        {
            throw new UsageException("token takes the sub-verb create");
        }
        var email = arguments.Required("email");
        var secret = await ApiTokenIssuer.IssueAsync(services.GetRequiredService<PressCmsDbContext>(), services.GetRequiredService<UserManager<PressUser>>(),
            email, Operator, AuditChannels.CommandLine, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime)
            ?? throw new CommandFailedException($"token create: no user has the email {email}");
        return $"API token for {email} (shown once; send it as 'Authorization: Bearer <token>'):\n{secret}";
    }

    private static Task<string> AuditAsync(IServiceProvider services, CommandArguments arguments)
    {
        arguments.AllowOnly();
        if (arguments.Positional is not ["verify"])
        {
            throw new UsageException("audit takes the sub-verb verify");
        }
        var db = services.GetRequiredService<PressCmsDbContext>();
        var count = db.AuditTrail.LongCount();
        if (AuditChain.FirstBreak(db.AuditTrail.AsNoTracking().OrderBy(e => e.Sequence).AsEnumerable()) is { } broken)
        {
            throw new CommandFailedException($"audit verify: the chain is broken at entry {broken.Sequence}: {broken.Reason}");
        }
        return Task.FromResult($"The audit trail holds: {count} entries, each sealed to the one before.");
    }
}

internal sealed class CommandFailedException(string message) : Exception(message);
