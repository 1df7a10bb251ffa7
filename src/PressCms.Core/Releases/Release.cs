using PressCms.Core.Validation;

namespace PressCms.Core.Releases;

/// <summary>
/// A press release: a stable id and its revisions. The live revision stays live while newer ones
/// are edited; <see cref="Version"/> is the optimistic concurrency token every edit must quote.
/// </summary>
public sealed class Release
{
    private Release()
    {
    }

    public string Id { get; private set; } = "";
    /// <summary>The public URL slug: the live revision's, or the latest one's before first publication.</summary>
    public string Slug { get; private set; } = "";
    public ReleaseStatus Status { get; private set; }
    public DateTime? PublishAtUtc { get; private set; }
    public DateTime? UnpublishAtUtc { get; private set; }
    public int? LiveRevisionNumber { get; private set; }
    public int LatestRevisionNumber { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    /// <summary>When the public content last changed (a new live revision); feeds report it as "updated".</summary>
    public DateTime UpdatedUtc { get; private set; }
    public Guid Version { get; private set; }
    public List<Revision> Revisions { get; private set; } = [];

    public bool HasUnpublishedChanges => LiveRevisionNumber != LatestRevisionNumber;

    public PublicationState StateAt(DateTime nowUtc) => Publication.StateAt(Status, PublishAtUtc, UnpublishAtUtc, nowUtc);

    public static Release Create(string id, ReleaseContent content, IMarkdownRenderer markdown, string editedBy, DateTime nowUtc)
    {
        if (!Slugs.IsValid(id))
        {
            throw new ReleaseRuleException("id-format", $"Release id '{id}' must be 1 to 100 characters of a-z, 0-9 and single hyphens");
        }
        var release = new Release { Id = id, Status = ReleaseStatus.Draft, CreatedUtc = nowUtc, UpdatedUtc = nowUtc };
        release.AddRevision(content, markdown, editedBy, nowUtc);
        return release;
    }

    /// <summary>Saves a new revision; the live revision, if any, stays live until the new one is published.</summary>
    public Revision Edit(Guid expectedVersion, ReleaseContent content, IMarkdownRenderer markdown, string editedBy, DateTime nowUtc)
    {
        EnsureVersion(expectedVersion);
        return AddRevision(content, markdown, editedBy, nowUtc);
    }

    /// <summary>Makes the latest revision the live one, now or at a future embargo time.</summary>
    public void Publish(Guid expectedVersion, DateTime? publishAtUtc, DateTime nowUtc)
    {
        EnsureVersion(expectedVersion);
        if (Status == ReleaseStatus.Withdrawn)
        {
            throw new ReleaseRuleException("withdrawn-is-final", "A withdrawn release cannot be published again");
        }
        var isLive = StateAt(nowUtc) == PublicationState.Live;
        if (isLive && publishAtUtc is not null)
        {
            throw new ReleaseRuleException("live-cannot-be-embargoed", "This release is already live; publish the changes now or unpublish it first");
        }
        if (isLive && LiveRevisionNumber == LatestRevisionNumber)
        {
            return;
        }
        if (publishAtUtc is { } at && at <= nowUtc)
        {
            throw new ReleaseRuleException("publish-time-in-past", "The publication time must be in the future");
        }
        Status = ReleaseStatus.Published;
        LiveRevisionNumber = LatestRevisionNumber;
        Slug = Revisions.Single(r => r.Number == LatestRevisionNumber).Slug;
        // A correction to a live release keeps its first publication time; feeds show the change as "updated".
        var goesLiveUtc = isLive ? PublishAtUtc!.Value : publishAtUtc ?? nowUtc;
        PublishAtUtc = goesLiveUtc;
        UpdatedUtc = isLive ? nowUtc : goesLiveUtc;
        UnpublishAtUtc = null;
        Version = Guid.NewGuid();
    }

    /// <summary>Takes the release off every page and feed; its revisions are kept.</summary>
    public void Unpublish(Guid expectedVersion, DateTime nowUtc)
    {
        EnsureVersion(expectedVersion);
        if (Status != ReleaseStatus.Published)
        {
            throw new ReleaseRuleException("not-published", "Only a published or scheduled release can be unpublished");
        }
        Status = ReleaseStatus.Draft;
        LiveRevisionNumber = null;
        PublishAtUtc = null;
        UpdatedUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    /// <summary>Recipes state the publication time directly, including times in the past.</summary>
    public void PublishAsOf(DateTime publishAtUtc)
    {
        Status = ReleaseStatus.Published;
        LiveRevisionNumber = LatestRevisionNumber;
        Slug = Revisions.Single(r => r.Number == LatestRevisionNumber).Slug;
        PublishAtUtc = publishAtUtc;
        UpdatedUtc = publishAtUtc;
        UnpublishAtUtc = null;
        Version = Guid.NewGuid();
    }

    /// <summary>Sets a stored status without a live revision (recipes importing drafts and reviews).</summary>
    public void SetUnpublishedStatus(ReleaseStatus status)
    {
        if (status == ReleaseStatus.Published)
        {
            throw new ReleaseRuleException("use-publish", "Use PublishAsOf to publish");
        }
        Status = status;
        LiveRevisionNumber = null;
        PublishAtUtc = null;
        Version = Guid.NewGuid();
    }

    private Revision AddRevision(ReleaseContent content, IMarkdownRenderer markdown, string editedBy, DateTime nowUtc)
    {
        var errors = content.Validate();
        if (errors.Count > 0)
        {
            throw new ReleaseRuleException("invalid-content", string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        }
        var revision = Revision.Write(this, LatestRevisionNumber + 1, content, markdown, editedBy, nowUtc);
        Revisions.Add(revision);
        LatestRevisionNumber = revision.Number;
        if (LiveRevisionNumber is null)
        {
            Slug = revision.Slug;
        }
        Version = Guid.NewGuid();
        return revision;
    }

    private void EnsureVersion(Guid expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw new EditConflictException(Id, expectedVersion, Version);
        }
    }
}
