using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Audit;
using PressCms.Core.Validation;
using PressCms.Data;
using PressCms.Data.Identity;
using PressCms.Web.Notifications;
using PressCms.Web.Security;

namespace PressCms.Web.Pages.Account;

/// <summary>
/// Asks for a password reset link by email. The answer is the same whether or not the address is
/// an account's, and the email goes in the background, so neither the page nor its timing says.
/// </summary>
[EnableRateLimiting(SecurityServices.LoginRateLimit)]
public sealed class ForgotModel(UserManager<PressUser> users, StaffOutbox outbox, PressCmsDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public List<FieldError> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = PlainText.Clean(Email)?.Trim() ?? "";
        if (email.Length is 0 or > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            Errors.Add(new FieldError("email", "Enter your email address, like name@example.police.uk"));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var user = await users.FindByEmailAsync(email);
        db.Record(new AuditRecord(time.GetUtcNow().UtcDateTime, email, AuditActions.PasswordResetRequested, AuditChannels.Admin,
            Detail: $"from {HttpContext.Connection.RemoteIpAddress}"));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        if (user is not null && !await users.IsLockedOutAsync(user))
        {
            var token = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var site = await db.Newsroom.AsNoTracking().SingleAsync(HttpContext.RequestAborted);
            var link = $"{site.BaseUrl.TrimEnd('/')}/account/reset?email={Uri.EscapeDataString(email)}&token={token}";
            await outbox.QueueAsync([new EmailMessage(user.Email ?? email, $"Choose a new password for {site.Name}",
                $"Someone (we hope you) asked to reset the password of {email} on {site.Name}.\n\n" +
                $"Choose a new password here; the link works once, within {ResetModel.LinkLifetime.TotalMinutes:0} minutes:\n\n{link}\n\n" +
                "If you did not ask, ignore this email: your password stays as it is. Tell your administrator if it keeps happening.\n")],
                HttpContext.RequestAborted);
        }
        Sent = true;
        return Page();
    }
}
