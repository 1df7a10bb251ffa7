using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressCms.Core.Alerts;
using PressCms.Web.Alerts;
using PressCms.Web.Site;

namespace PressCms.Web.Pages.Alerts;

/// <summary>
/// Confirming takes a button press, not just opening the link: mail scanners open links, and a
/// scanner must not subscribe anybody.
/// </summary>
public sealed class ConfirmModel(AlertSubscriptions subscriptions, TopicNames topics) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public string TopicName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is not { } subscription)
        {
            return NotFound();
        }
        subscription.Confirm(subscriptions.NowUtc);
        await subscriptions.SaveAsync(HttpContext.RequestAborted);
        Confirmed = subscription.IsActive;
        return Page();
    }

    private async Task<Subscription?> LoadAsync()
    {
        var subscription = await subscriptions.FindAsync(Token, HttpContext.RequestAborted);
        if (subscription is null || subscription.UnsubscribedUtc is not null)
        {
            return null;
        }
        Email = subscription.Email;
        Confirmed = subscription.IsActive;
        TopicName = await topics.NameOfKeyAsync(subscription.Topic, HttpContext.RequestAborted);
        return subscription;
    }
}
