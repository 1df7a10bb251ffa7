using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MimeKit;
using PressCms.Core.Alerts;
using PressCms.Core.Validation;
using PressCms.Web.Alerts;
using PressCms.Web.Security;
using PressCms.Web.Site;
using FollowedTopic = PressCms.Core.Taxonomy.Topic;

namespace PressCms.Web.Pages.Alerts;

[EnableRateLimiting(SecurityServices.SubscribeRateLimit)]
public sealed class SubscribeModel(AlertSubscriptions subscriptions, TopicNames topics) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public AlertFrequency Frequency { get; set; }

    public string TopicName { get; private set; } = "";

    public List<FieldError> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync() => await FindTopicAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindTopicAsync() is not { } topic)
        {
            return NotFound();
        }
        var email = Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            Errors.Add(new FieldError("email", "Enter your email address"));
        }
        else if (email.Length > 320 || !email.Contains('@', StringComparison.Ordinal) || !MailboxAddress.TryParse(email, out var mailbox) || mailbox.Address != email)
        {
            Errors.Add(new FieldError("email", "Enter an email address in the correct format, like name@example.com"));
        }
        if (Errors.Count > 0)
        {
            return Page();
        }
        await subscriptions.SubscribeAsync(email, topic, Frequency, HttpContext.RequestAborted);
        return RedirectToPage("CheckEmail");
    }

    private async Task<FollowedTopic?> FindTopicAsync()
    {
        var topic = FollowedTopic.Parse(Topic ?? FollowedTopic.AllKey);
        if (topic is null || await topics.NameAsync(topic, HttpContext.RequestAborted) is not { } name)
        {
            return null;
        }
        Topic = topic.Key;
        TopicName = name;
        return topic;
    }
}
