using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PressCms.Core.Alerts;
using PressCms.Core.Media;
using PressCms.Core.Newsroom;
using PressCms.Core.Releases;
using PressCms.Data;
using PressCms.Rendering.Liquid;
using PressCms.Web.Site;

namespace PressCms.Web.Alerts;

/// <summary>
/// Writes claimed outbox rows as emails: one per row for immediate subscribers, one digest per daily
/// subscriber. A row with nothing left to say (the release is no longer public, the address
/// unsubscribed, a newer confirmation was asked for) is dropped, not sent.
/// </summary>
public sealed class AlertWriter(PressCmsDbContext db, AlertTokens tokens, TopicNames topics)
{
    public async Task<List<OutgoingAlert>> WriteAsync(List<AlertMessage> claimed, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var site = await db.Newsroom.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new NewsroomSettings();
        var ids = claimed.Select(m => m.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.Subscriptions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var outgoing = new List<OutgoingAlert>();
        foreach (var group in claimed.GroupBy(m => m.SubscriptionId))
        {
            var subscription = subscriptions[group.Key];
            string token;
            try
            {
                token = tokens.Unseal(subscription);
            }
            catch (CryptographicException ex)
            {
                // Data protection keys lost or not shared with this node: keep the rows for a node that has them.
                group.ToList().ForEach(m => m.MarkFailed("cannot unseal the link token: " + ex.Message, nowUtc));
                continue;
            }
            var topicName = await topics.NameOfKeyAsync(subscription.Topic, cancellationToken);
            foreach (var confirm in group.Where(m => m.Kind == AlertKind.Confirm))
            {
                if (subscription.ConfirmedUtc is not null || subscription.UnsubscribedUtc is not null || confirm.RevisionNumber != subscription.ConfirmationsRequested)
                {
                    confirm.Drop("confirmation no longer needed");
                    continue;
                }
                var confirmUrl = $"{site.BaseUrl.TrimEnd('/')}/alerts/confirm/{token}";
                outgoing.Add(new(AlertEmails.Confirmation(subscription.Email, site.Name, topicName, confirmUrl), [confirm]));
            }
            var alerts = group.Where(m => m.Kind != AlertKind.Confirm).ToList();
            if (!subscription.IsActive)
            {
                alerts.ForEach(m => m.Drop("unsubscribed"));
                continue;
            }
            var items = new List<(AlertMessage Row, AlertItem Item)>();
            foreach (var row in alerts)
            {
                if (await ItemAsync(row, site.BaseUrl, nowUtc, cancellationToken) is { } item)
                {
                    items.Add((row, item));
                }
                else
                {
                    row.Drop("no longer public");
                }
            }
            var links = AlertLinks.For(site.BaseUrl, token);
            if (subscription.Frequency == AlertFrequency.Daily && items.Count > 0)
            {
                outgoing.Add(new(AlertEmails.Digest(subscription.Email, site.Name, topicName, [.. items.Select(i => i.Item)], links), [.. items.Select(i => i.Row)]));
            }
            else
            {
                outgoing.AddRange(items.Select(i => new OutgoingAlert(AlertEmails.Single(subscription.Email, site.Name, topicName, i.Item, links), [i.Row])));
            }
        }
        return outgoing;
    }

    /// <summary>The release as the public sees it now; null when it is not live (withdrawn, ended) so nothing is sent.</summary>
    private async Task<AlertItem?> ItemAsync(AlertMessage row, string baseUrl, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var release = await db.Releases.AsNoTracking().SingleOrDefaultAsync(r => r.Id == row.ReleaseId, cancellationToken);
        if (release is null || release.StateAt(nowUtc) != PublicationState.Live || release.LiveRevisionNumber is not { } liveNumber)
        {
            return null;
        }
        var live = await db.Revisions.AsNoTracking().SingleAsync(v => v.ReleaseId == row.ReleaseId && v.Number == liveNumber, cancellationToken);
        var note = row.Kind != AlertKind.Correction ? null
            : await db.Revisions.AsNoTracking().Where(v => v.ReleaseId == row.ReleaseId && v.Number == row.RevisionNumber)
                .Select(v => v.CorrectionNote).SingleOrDefaultAsync(cancellationToken) ?? "corrected";
        return AlertItem.From(live, baseUrl, note, await PhotoAsync(live, baseUrl, cancellationToken));
    }

    /// <summary>The lead image as the release page shows it: a library image removed everywhere is left out.</summary>
    private async Task<LeadImageView?> PhotoAsync(Revision live, string baseUrl, CancellationToken cancellationToken)
    {
        if (live.LeadImage is not { } image)
        {
            return null;
        }
        var id = MediaReference.IdOf(image.Src);
        var media = id is null ? null : await db.Media.AsNoTracking().Where(a => a.Id == id).ToDictionaryAsync(a => a.Id, cancellationToken);
        return ReleaseView.ToLeadImageView(image, baseUrl.TrimEnd('/'), media);
    }
}

/// <summary>One email and the outbox rows it carries.</summary>
public sealed record OutgoingAlert(AlertEmail Email, IReadOnlyList<AlertMessage> Rows)
{
    /// <summary>The email with a Message-ID made from its rows: sent again, it is the same message.</summary>
    public AlertEmail Keyed => Email with
    {
        MessageKey = "alert-" + Convert.ToHexStringLower(SHA256.HashData(
            Encoding.UTF8.GetBytes(string.Join(',', Rows.Select(r => r.Id.ToString("N")).Order(StringComparer.Ordinal)))))[..32],
    };
}
