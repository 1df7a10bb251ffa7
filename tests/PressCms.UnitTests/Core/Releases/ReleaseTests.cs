using PressCms.Core.Releases;
using PressCms.Core.Workflow;

namespace PressCms.UnitTests.Core.Releases;

public sealed class ReleaseTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    internal static Release NewRelease() => Release.Create("met-2020-05-operation-legatum", Contents.Valid(), TestMarkdown.Instance, People.Author.Name, Now);

    /// <summary>Author submits, approver approves with every check ticked: ready to publish.</summary>
    internal static Release Approved(DateTime? at = null)
    {
        var release = NewRelease();
        release.Submit(release.Version, People.Author, at ?? Now);
        release.Approve(release.Version, People.Approver, People.AllChecked, null, at ?? Now);
        return release;
    }

    [Fact]
    public void Should_start_as_a_draft_with_one_revision_and_no_live_version()
    {
        var release = NewRelease();

        Assert.Equal(ReleaseStatus.Draft, release.Status);
        Assert.Equal(1, release.LatestRevisionNumber);
        Assert.Null(release.LiveRevisionNumber);
        Assert.Equal(PublicationState.NotPublished, release.StateAt(Now.AddYears(1)));
        Assert.Equal(new HashSet<ReleaseStage> { ReleaseStage.Draft }, release.StagesAt(Now));
        Assert.Equal("<p>Officers have arrested 38 people.</p>", release.Revisions.Single().BodyHtml);
    }

    [Fact]
    public void Should_keep_the_live_revision_live_while_a_newer_one_is_edited()
    {
        var release = Approved();
        release.Publish(release.Version, People.Publisher, null, null, Now);

        release.Edit(release.Version, Contents.Valid("Corrected headline"), TestMarkdown.Instance, People.Author.Name, Now.AddHours(1));

        Assert.Equal(1, release.LiveRevisionNumber);
        Assert.Equal(2, release.LatestRevisionNumber);
        Assert.True(release.HasUnpublishedChanges);
        Assert.Equal(PublicationState.Live, release.StateAt(Now.AddHours(1)));
        Assert.Equal(new HashSet<ReleaseStage> { ReleaseStage.Live, ReleaseStage.Draft }, release.StagesAt(Now.AddHours(1)));
    }

    [Fact]
    public void Should_refuse_an_edit_made_from_a_stale_version()
    {
        var release = NewRelease();
        var loaded = release.Version;
        release.Edit(loaded, Contents.Valid("First officer's headline"), TestMarkdown.Instance, "first", Now);

        var conflict = Assert.Throws<EditConflictException>(() =>
            release.Edit(loaded, Contents.Valid("Second officer's headline"), TestMarkdown.Instance, "second", Now));

        Assert.Equal(release.Id, conflict.ReleaseId);
        Assert.Equal(2, release.LatestRevisionNumber);
    }

    [Fact]
    public void Should_embargo_a_release_published_for_a_future_time_and_date_it_by_the_embargo()
    {
        var release = Approved();
        var embargo = Now.AddHours(3);

        release.Publish(release.Version, People.Publisher, embargo, null, Now);

        Assert.Equal(PublicationState.Embargoed, release.StateAt(embargo.AddMilliseconds(-1)));
        Assert.Equal(PublicationState.Live, release.StateAt(embargo));
        Assert.Equal(PublicationState.Live, release.StateAt(embargo.AddMilliseconds(1)));
        Assert.Equal(embargo, release.PublishAtUtc);
        Assert.Equal(embargo, release.UpdatedUtc);
    }

    [Fact]
    public void Should_refuse_a_publication_time_in_the_past()
    {
        var release = Approved();

        var refusal = Assert.Throws<ReleaseRuleException>(() => release.Publish(release.Version, People.Publisher, Now.AddMilliseconds(-1), null, Now));

        Assert.Equal("publish-time-in-past", refusal.Rule);
        Assert.Equal(ReleaseStatus.Approved, release.Status);
    }

    [Fact]
    public void Should_date_a_correction_as_updated_and_keep_the_first_publication_time()
    {
        var release = Approved();
        release.Publish(release.Version, People.Publisher, null, null, Now);
        release.Edit(release.Version, Contents.Valid("Corrected headline"), TestMarkdown.Instance, People.Author.Name, Now.AddDays(1));
        release.Submit(release.Version, People.Author, Now.AddDays(1));
        release.Approve(release.Version, People.Approver, People.AllChecked, null, Now.AddDays(1));

        release.Publish(release.Version, People.Publisher, null, "corrected the number of children safeguarded", Now.AddDays(1));

        Assert.Equal(Now, release.PublishAtUtc);
        Assert.Equal(Now.AddDays(1), release.UpdatedUtc);
        Assert.Equal(2, release.LiveRevisionNumber);
        Assert.Equal("corrected the number of children safeguarded", release.Latest.CorrectionNote);
    }

    [Fact]
    public void Should_leave_feed_timestamps_alone_for_a_minor_change()
    {
        var release = Approved();
        release.Publish(release.Version, People.Publisher, null, null, Now);
        release.Edit(release.Version, Contents.Valid("Typo fixed"), TestMarkdown.Instance, People.Author.Name, Now.AddDays(1));
        release.Submit(release.Version, People.Author, Now.AddDays(1));
        release.Approve(release.Version, People.Approver, People.AllChecked, null, Now.AddDays(1));

        release.Publish(release.Version, People.Publisher, null, null, Now.AddDays(1));

        Assert.Equal(Now, release.UpdatedUtc);
        Assert.Null(release.Latest.CorrectionNote);
        Assert.Equal(2, release.LiveRevisionNumber);
    }

    [Fact]
    public void Should_refuse_to_save_invalid_content()
    {
        var release = NewRelease();

        var refusal = Assert.Throws<ReleaseRuleException>(() =>
            release.Edit(release.Version, Contents.Valid() with { Headline = "" }, TestMarkdown.Instance, "editor", Now));

        Assert.Equal("invalid-content", refusal.Rule);
        Assert.Contains("headline", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(1, release.LatestRevisionNumber);
    }

    [Theory]
    [InlineData("Has Capitals")]
    [InlineData("double--hyphen")]
    [InlineData("")]
    [InlineData("-leading")]
    public void Should_refuse_an_id_that_is_not_a_slug(string id)
    {
        Assert.Throws<ReleaseRuleException>(() => Release.Create(id, Contents.Valid(), TestMarkdown.Instance, "editor", Now));
    }
}
