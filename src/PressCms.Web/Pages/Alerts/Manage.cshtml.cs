using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressCms.Core.Alerts;
using PressCms.Web.Alerts;
using PressCms.Web.Site;

namespace PressCms.Web.Pages.Alerts;

/// <summary>Reached from every alert by its token: change how often, or unsubscribe. No sign-in: the token is the key.</summary>
public sealed class ManageModel(AlertSubscriptions subscriptions, TopicNames topics) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public Subscription Subscription { get; private set; } = null!;

    public string TopicName { get; private set; } = "";

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostFrequencyAsync(AlertFrequency frequency)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Subscription.ChangeFrequency(frequency);
        await subscriptions.SaveAsync(HttpContext.RequestAborted);
        Notice = frequency == AlertFrequency.Daily ? "You will get one digest a day." : "You will get each release as it is published.";
        return Page();
    }

    public async Task<IActionResult> OnPostUnsubscribeAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Subscription.Unsubscribe(subscriptions.NowUtc);
        await subscriptions.SaveAsync(HttpContext.RequestAborted);
        Notice = "You are unsubscribed.";
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await subscriptions.FindAsync(Token, HttpContext.RequestAborted) is not { } subscription)
        {
            return false;
        }
        Subscription = subscription;
        TopicName = await topics.NameOfKeyAsync(subscription.Topic, HttpContext.RequestAborted);
        return true;
    }
}
