using Microsoft.EntityFrameworkCore;
using PressCms.Core.Alerts;
using PressCms.Core.Taxonomy;
using PressCms.Data;

namespace PressCms.Web.Alerts;

/// <summary>
/// Subscribing, confirming and managing. Subscribing answers the same whatever the address's state,
/// so the form never tells anyone whether an address is subscribed.
/// </summary>
public sealed class AlertSubscriptions(PressCmsDbContext db, AlertTokens tokens, TimeProvider time)
{
    public async Task SubscribeAsync(string email, Topic topic, AlertFrequency frequency, CancellationToken cancellationToken)
    {
        var nowUtc = time.GetUtcNow().UtcDateTime;
        var address = email.Trim().ToLowerInvariant();
        var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.Email == address && s.Topic == topic.Key, cancellationToken);
        if (subscription is null)
        {
            var (_, hash, sealedToken) = tokens.New();
            subscription = Subscription.Create(address, topic, frequency, hash, sealedToken, nowUtc);
            db.Subscriptions.Add(subscription);
        }
        // Already on, or asked too recently: nothing is sent, and the page says the same as ever.
        if (!subscription.RequestConfirmation(frequency, nowUtc))
        {
            return;
        }
        db.AlertOutbox.Add(AlertMessage.Confirmation(subscription, nowUtc));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same address and topic posted twice at once: the other request asked for the confirmation.
            db.ChangeTracker.Clear();
        }
    }

    public async Task<Subscription?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = Subscription.HashToken(token);
        return await db.Subscriptions.SingleOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
    }

    public async Task SaveAsync(CancellationToken cancellationToken) => await db.SaveChangesAsync(cancellationToken);

    public DateTime NowUtc => time.GetUtcNow().UtcDateTime;
}
