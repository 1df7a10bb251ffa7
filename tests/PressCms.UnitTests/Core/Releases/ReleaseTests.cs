using PressCms.Core.Releases;

namespace PressCms.UnitTests.Core.Releases;

public sealed class ReleaseTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    private static Release NewRelease() => Release.Create("met-2020-05-operation-legatum", Contents.Valid(), TestMarkdown.Instance, "officer@example.police.uk", Now);

    [Fact]
    public void Should_start_as_a_draft_with_one_revision_and_no_live_version()
    {
        var release = NewRelease();

        Assert.Equal(ReleaseStatus.Draft, release.Status);
        Assert.Equal(1, release.LatestRevisionNumber);
        Assert.Null(release.LiveRevisionNumber);
        Assert.Equal(PublicationState.NotPublished, release.StateAt(Now.AddYears(1)));
        Assert.Equal("<p>Officers have arrested 38 people.</p>", release.Revisions.Single().BodyHtml);
    }

    [Fact]
    public void Should_keep_the_live_revision_live_while_a_newer_one_is_edited()
    {
        var release = NewRelease();
        release.Publish(release.Version, null, Now);

        release.Edit(release.Version, Contents.Valid("Corrected headline"), TestMarkdown.Instance, "editor", Now.AddHours(1));

        Assert.Equal(1, release.LiveRevisionNumber);
        Assert.Equal(2, release.LatestRevisionNumber);
        Assert.True(release.HasUnpublishedChanges);
        Assert.Equal(PublicationState.Live, release.StateAt(Now.AddHours(1)));
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
        var release = NewRelease();
        var embargo = Now.AddHours(3);

        release.Publish(release.Version, embargo, Now);

        Assert.Equal(PublicationState.Embargoed, release.StateAt(embargo.AddTicks(-1)));
        Assert.Equal(PublicationState.Live, release.StateAt(embargo));
        Assert.Equal(embargo, release.PublishAtUtc);
        Assert.Equal(embargo, release.UpdatedUtc);
    }

    [Fact]
    public void Should_refuse_a_publication_time_in_the_past()
    {
        var release = NewRelease();

        var refusal = Assert.Throws<ReleaseRuleException>(() => release.Publish(release.Version, Now.AddMinutes(-1), Now));

        Assert.Equal("publish-time-in-past", refusal.Rule);
        Assert.Equal(ReleaseStatus.Draft, release.Status);
    }

    [Fact]
    public void Should_keep_the_first_publication_time_when_a_correction_goes_live()
    {
        var release = NewRelease();
        release.Publish(release.Version, null, Now);
        release.Edit(release.Version, Contents.Valid("Corrected headline"), TestMarkdown.Instance, "editor", Now.AddDays(1));

        release.Publish(release.Version, null, Now.AddDays(1));

        Assert.Equal(Now, release.PublishAtUtc);
        Assert.Equal(Now.AddDays(1), release.UpdatedUtc);
        Assert.Equal(2, release.LiveRevisionNumber);
    }

    [Fact]
    public void Should_take_a_release_off_the_site_when_unpublished()
    {
        var release = NewRelease();
        release.Publish(release.Version, null, Now);

        release.Unpublish(release.Version, Now.AddHours(1));

        Assert.Equal(PublicationState.NotPublished, release.StateAt(Now.AddHours(2)));
        Assert.Null(release.LiveRevisionNumber);
        Assert.Single(release.Revisions);
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
