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
    private const string Usage = "usage: setup --recipe NAME|PATH --site-name NAME --admin-email EMAIL [--base-url https://HOST] | recipe apply PATH | user add --email EMAIL --role ROLE [--role ROLE] | token create --email EMAIL [--name NAME] [--scopes read,write,decide] [--expires-days 1-366] | token list [--email EMAIL] | token revoke --id ID | audit verify";

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
        arguments.AllowOnly("recipe", "site-name", "admin-email", "base-url");
        var password = Environment.GetEnvironmentVariable("PRESSCMS_ADMIN_PASSWORD")
            ?? throw new CommandFailedException("setup: set PRESSCMS_ADMIN_PASSWORD to the first administrator's password");
        var request = new SetupRequest(arguments.Required("site-name"), arguments.Required("recipe"), arguments.Required("admin-email"), password, arguments.Optional("base-url"));
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

    /// <summary>
    /// token create | list | revoke. A new token is printed alone on the last line, so scripts can
    /// take it with tail -1; only its hash is stored.
    /// </summary>
    private static async Task<string> TokenAsync(IServiceProvider services, CommandArguments arguments)
    {
        var db = services.GetRequiredService<PressCmsDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        switch (arguments.Positional)
        {
            case ["create"]:
            {
                arguments.AllowOnly("email", "name", "scopes", "expires-days");
                var email = arguments.Required("email");
                int? days = arguments.Optional("expires-days") is { } text
                    ? int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : -1
                    : null;
                // The command line keeps its old meaning (a token that may do everything) unless told otherwise.
                var request = new ApiTokenIssuer.Request(email, arguments.Optional("name") ?? "command line", arguments.Optional("scopes") ?? string.Join(",", ApiScopeNames.All), days);
                var (token, secret, errors) = await ApiTokenIssuer.IssueAsync(db, services.GetRequiredService<UserManager<PressUser>>(), request, Operator, AuditChannels.CommandLine, now);
                if (token is null)
                {
                    throw new CommandFailedException("token create: " + string.Join("; ", errors.Select(e => $"--{(e.Field == "expiresInDays" ? "expires-days" : e.Field)}: {e.Message}")));
                }
                return $"API token {token.Id} \"{token.Name}\" for {email}, {ApiScopeNames.Describe(token.Granted)}, until {token.ExpiresAtUtc:yyyy-MM-dd HH:mm} UTC " +
                    $"(shown once; send it as 'Authorization: Bearer <token>'):\n{secret}";
            }
            case ["list"]:
            {
                arguments.AllowOnly("email");
                var email = arguments.Optional("email");
                var tokens = await db.ApiTokens.AsNoTracking().Where(t => email == null || t.UserEmail == email).OrderBy(t => t.Id).ToListAsync();
                return tokens.Count == 0 ? "No API tokens." : string.Join("\n", tokens.Select(t =>
                    $"{t.Id}\t{t.UserEmail}\t{(t.Name.Length == 0 ? "(unnamed)" : t.Name)}\t{ApiScopeNames.Describe(t.Granted)}\t" +
                    $"{(t.IsRevoked ? "revoked" : t.IsExpired(now) ? "expired" : "active")}\tuntil {t.ExpiresAtUtc:yyyy-MM-dd HH:mm} UTC\tlast used {(t.LastUsedUtc is { } u ? u.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC" : "never")}"));
            }
            case ["revoke"]:
            {
                arguments.AllowOnly("id");
                if (!long.TryParse(arguments.Required("id"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
                {
                    throw new UsageException("token revoke: --id takes the token's number, as token list shows it");
                }
                var token = await ApiTokenIssuer.RevokeAsync(db, id, Operator, AuditChannels.CommandLine, now, CancellationToken.None)
                    ?? throw new CommandFailedException($"token revoke: no API token has the id {id}");
                return $"API token {token.Id} \"{token.Name}\" of {token.UserEmail} is revoked; it no longer works.";
            }
            default:
                throw new UsageException("token takes the sub-verb create, list or revoke");
        }
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
