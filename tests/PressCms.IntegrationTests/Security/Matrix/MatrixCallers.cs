using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PressCms.Core.People;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.IntegrationTests.Api;
using PressCms.IntegrationTests.Infrastructure;
using PressCms.IntegrationTests.Robustness;
using Kinds = PressCms.IntegrationTests.Security.Matrix.MatrixCaller.Kinds;

namespace PressCms.IntegrationTests.Security.Matrix;

/// <summary>
/// Everyone the matrix sends every route, in a seeded newsroom: a reader; each staff role signed
/// in with the second factor; an account with no role; an administrator who gave the password but
/// not yet the code, and a new one who has not set a second factor up; a live token of each single
/// scope, an expired one and a revoked one. Each comes from its own client address, as browsers do,
/// so the per-address limits on sign-in forms see a person each.
/// </summary>
public static class MatrixCallers
{
    public const string AuthorEmail = "author@matrix.police.uk";
    public const string PublisherEmail = "publisher@matrix.police.uk";
    public const string NoRoleEmail = "former@matrix.police.uk";
    public const string PendingEmail = "pending@matrix.police.uk";
    public const string NewStaffEmail = "new-admin@matrix.police.uk";
    public const string VictimEmail = "victim@matrix.police.uk";
    public const string DisabledEmail = "disabled@matrix.police.uk";

    public static async Task<(IReadOnlyList<MatrixCaller> Callers, Targets Targets)> StartAsync(HostileNewsroom newsroom)
    {
        var factory = newsroom.Factory;
        await factory.AddUserAsync(AuthorEmail, StaffRoles.Author);
        await factory.AddUserAsync(PublisherEmail, StaffRoles.Publisher);
        await factory.AddUserAsync(PendingEmail, StaffRoles.Administrator);
        await factory.AddUserAsync(NewStaffEmail, StaffRoles.Administrator);
        await factory.AddUserAsync(VictimEmail, StaffRoles.Author);
        await factory.AddUserAsync(DisabledEmail, StaffRoles.Author);
        await using (var scope = newsroom.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
            Assert.True((await users.CreateAsync(new PressUser { UserName = NoRoleEmail, Email = NoRoleEmail, EmailConfirmed = true }, factory.AdminPassword)).Succeeded);
            var disabled = (await users.FindByEmailAsync(DisabledEmail))!;
            await users.SetLockoutEndDateAsync(disabled, DateTimeOffset.MaxValue);
        }

        var callers = new List<MatrixCaller> { await CallerAsync("anonymous", Kinds.Anonymous, Browser(newsroom)) };
        foreach (var (role, email) in new[]
        {
            (StaffRoles.Administrator, NewsroomFactory.AdminEmail), (StaffRoles.Author, AuthorEmail),
            (StaffRoles.Approver, NewsroomFactory.ApproverEmail), (StaffRoles.Publisher, PublisherEmail),
        })
        {
            callers.Add(await SessionAsync(newsroom, role.ToLowerInvariant(), email) with { Role = role });
        }
        callers.Add(await SessionAsync(newsroom, "no role", NoRoleEmail));

        using (var enrolling = Site(newsroom, Browser(newsroom)))
        {
            await enrolling.SignInAsync(PendingEmail, factory.AdminPassword);
        }
        callers.Add(await PendingAsync(newsroom, "password only", PendingEmail, "/account/two-factor") with { Enrolled = true });
        callers.Add(await PendingAsync(newsroom, "password only, not enrolled", NewStaffEmail, "/account/enrol"));

        foreach (var scopeName in ApiScopeNames.All)
        {
            callers.Add(await TokenAsync(newsroom, $"token {scopeName}", await factory.IssueTokenAsync(NewsroomFactory.AdminEmail, scopeName)) with { Scope = scopeName });
        }
        var expired = await factory.IssueTokenAsync(NewsroomFactory.AdminEmail);
        var revoked = await factory.IssueTokenAsync(NewsroomFactory.AdminEmail);
        var victimToken = await factory.IssueTokenAsync(VictimEmail, ApiScopeNames.Read);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using (var scope = newsroom.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
            await db.ApiTokens.Where(t => t.Hash == ApiToken.HashOf(expired)).ExecuteUpdateAsync(u => u.SetProperty(t => t.ExpiresUtc, now.AddDays(-1)));
            (await db.ApiTokens.SingleAsync(t => t.Hash == ApiToken.HashOf(revoked))).Revoke(now, "matrix");
            await db.SaveChangesAsync();
        }
        callers.Add(await TokenAsync(newsroom, "token expired", expired));
        callers.Add(await TokenAsync(newsroom, "token revoked", revoked));

        var targets = await TargetsAsync(newsroom, ApiToken.HashOf(victimToken));
        return (callers, targets);
    }

    /// <summary>The current version of every release, after requests that may have changed them.</summary>
    public static async Task RefreshAsync(HostileNewsroom newsroom, Targets targets)
    {
        await using var scope = newsroom.Services.CreateAsyncScope();
        foreach (var release in await scope.ServiceProvider.GetRequiredService<PressCmsDbContext>().Releases.AsNoTracking().ToListAsync())
        {
            targets.Versions[release.Id] = release.Version;
        }
    }

    private static async Task<Targets> TargetsAsync(HostileNewsroom newsroom, string victimTokenHash)
    {
        await using var scope = newsroom.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PressUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PressCmsDbContext>();
        var targets = new Targets
        {
            VictimUserId = (await users.FindByEmailAsync(VictimEmail))!.Id,
            DisabledUserId = (await users.FindByEmailAsync(DisabledEmail))!.Id,
            VictimTokenId = (await db.ApiTokens.SingleAsync(t => t.Hash == victimTokenHash)).Id,
            DraftId = newsroom.DraftId,
            ApprovedId = newsroom.ApprovedId,
            MediaId = newsroom.MediaId,
        };
        await RefreshAsync(newsroom, targets);
        return targets;
    }

    private static int addresses;

    /// <summary>A browser with cookies, from an address of its own.</summary>
    private static HttpClient Browser(HostileNewsroom newsroom)
    {
        var http = newsroom.Anonymous().Http;
        var n = Interlocked.Increment(ref addresses);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.18.{(n / 250) % 250}.{(n % 250) + 1}");
        return http;
    }

    private static AdminClient Site(HostileNewsroom newsroom, HttpClient http) =>
        new(http, (newsroom.Services, () => newsroom.Factory.Clock.GetUtcNow().UtcDateTime));

    private static async Task<MatrixCaller> SessionAsync(HostileNewsroom newsroom, string name, string email)
    {
        var browser = Site(newsroom, Browser(newsroom));
        await browser.SignInAsync(email, newsroom.Factory.AdminPassword);
        return await CallerAsync(name, Kinds.Session, browser.Http);
    }

    private static async Task<MatrixCaller> PendingAsync(HostileNewsroom newsroom, string name, string email, string step)
    {
        var browser = Site(newsroom, Browser(newsroom));
        var password = await browser.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = newsroom.Factory.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal(step, password.Headers.Location?.OriginalString);
        return await CallerAsync(name, Kinds.Pending, browser.Http);
    }

    private static async Task<MatrixCaller> TokenAsync(HostileNewsroom newsroom, string name, string secret)
    {
        var http = Browser(newsroom);
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        return await CallerAsync(name, Kinds.Token, http);
    }

    /// <summary>The sign-in page carries a form for anyone, so every caller gets its antiforgery token (and cookie) there.</summary>
    private static async Task<MatrixCaller> CallerAsync(string name, Kinds kind, HttpClient http)
    {
        var token = FormToken.In(await http.GetStringAsync("/account/login"));
        Assert.False(string.IsNullOrEmpty(token), $"the sign-in page gave {name} no antiforgery token");
        return new MatrixCaller(name, kind, http, token);
    }
}
