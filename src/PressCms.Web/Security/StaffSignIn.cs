using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using PressCms.Core.Audit;
using PressCms.Data;
using PressCms.Data.Identity;

namespace PressCms.Web.Security;

/// <summary>The end of every sign-in, after the password and the second factor: the session, the device cookie, the audit entry.</summary>
public sealed class StaffSignIn(
    SignInManager<PressUser> signIn, SecondFactor secondFactor, SignInThrottle throttle, SignInDevices devices, PressCmsDbContext db, TimeProvider time)
{
    public static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public async Task CompleteAsync(HttpContext http, PressUser user, string how)
    {
        var email = user.Email ?? user.UserName ?? user.Id;
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(SecondFactor.AmrClaim, SecondFactor.AmrValue)]);
        secondFactor.EndPending(http.Response);
        throttle.Succeeded(email, Client(http), devices.DeviceFor(http.Request, email));
        devices.Remember(http.Response, email);
        await AuditAsync(email, AuditActions.SignedIn, $"from {Client(http)}, {how}", http.RequestAborted);
    }

    /// <summary>A wrong second factor: counted against the same pause as wrong passwords, and audited.</summary>
    public async Task FailedAsync(HttpContext http, PressUser user, string what)
    {
        var email = user.Email ?? user.Id;
        throttle.Failed(email, Client(http), devices.DeviceFor(http.Request, email));
        await AuditAsync(email, AuditActions.SignInFailed, $"{what}, from {Client(http)}", http.RequestAborted);
    }

    /// <summary>How long this browser must wait before trying the user's second factor again, or null.</summary>
    public TimeSpan? Wait(HttpContext http, PressUser user)
    {
        var email = user.Email ?? user.Id;
        return throttle.Wait(email, Client(http), devices.DeviceFor(http.Request, email));
    }

    private async Task AuditAsync(string actor, string action, string detail, CancellationToken ct)
    {
        db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, actor, action, AuditChannels.Admin, Detail: detail));
        await db.SaveChangesAsync(ct);
    }
}
