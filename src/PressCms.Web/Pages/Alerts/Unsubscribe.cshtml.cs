using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressCms.Web.Alerts;

namespace PressCms.Web.Pages.Alerts;

/// <summary>
/// One-click unsubscribe (RFC 8058): mail clients POST "List-Unsubscribe=One-Click" to the URL in the
/// List-Unsubscribe header, with no cookies and no page to read a token from, so antiforgery cannot
/// apply. It is not needed: the unguessable token in the URL is the secret, and the only thing a
/// forged request could do is what the link's holder may do anyway, unsubscribe.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(AlertSubscriptions subscriptions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    /// <summary>A person who opens the link gets the manage page, with its own unsubscribe button; opening a link changes nothing.</summary>
    public IActionResult OnGet() => string.IsNullOrWhiteSpace(Token) ? NotFound() : Redirect($"/alerts/manage/{Uri.EscapeDataString(Token)}");

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Token) || await subscriptions.FindAsync(Token, HttpContext.RequestAborted) is not { } subscription)
        {
            return NotFound();
        }
        subscription.Unsubscribe(subscriptions.NowUtc);
        await subscriptions.SaveAsync(HttpContext.RequestAborted);
        return Page();
    }
}
