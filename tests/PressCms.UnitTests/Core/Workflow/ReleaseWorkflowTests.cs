using PressCms.Core.Releases;
using PressCms.Core.Workflow;
using PressCms.UnitTests.Core.Releases;

namespace PressCms.UnitTests.Core.Workflow;

public sealed class ReleaseWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<ReleaseStage, Transition, ReleaseStage> LegalMoves => new()
    {
        { ReleaseStage.Draft, Transition.Submit, ReleaseStage.InReview },
        { ReleaseStage.InReview, Transition.Approve, ReleaseStage.Approved },
        { ReleaseStage.InReview, Transition.RequestChanges, ReleaseStage.ChangesRequested },
        { ReleaseStage.ChangesRequested, Transition.Submit, ReleaseStage.InReview },
        { ReleaseStage.Approved, Transition.Publish, ReleaseStage.Live },
        { ReleaseStage.Approved, Transition.Recall, ReleaseStage.Draft },
        { ReleaseStage.Scheduled, Transition.Recall, ReleaseStage.Draft },
        { ReleaseStage.Live, Transition.Withdraw, ReleaseStage.Withdrawn },
        { ReleaseStage.Scheduled, Transition.Withdraw, ReleaseStage.Withdrawn },
        { ReleaseStage.Withdrawn, Transition.Reopen, ReleaseStage.Draft },
        { ReleaseStage.Draft, Transition.EmergencyPublish, ReleaseStage.Live },
    };

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Should_allow_the_moves_of_the_table(ReleaseStage from, Transition transition, ReleaseStage to)
    {
        var move = ReleaseWorkflow.Require(new HashSet<ReleaseStage> { from }, transition, People.Administrator);

        Assert.Equal(to, move.To);
    }

    public static TheoryData<ReleaseStage, Transition> IllegalMoves => new()
    {
        { ReleaseStage.Draft, Transition.Approve },
        { ReleaseStage.Draft, Transition.Publish },
        { ReleaseStage.InReview, Transition.Publish },
        { ReleaseStage.ChangesRequested, Transition.Approve },
        { ReleaseStage.Live, Transition.Recall },
        { ReleaseStage.Live, Transition.Approve },
        { ReleaseStage.Withdrawn, Transition.Publish },
        { ReleaseStage.Withdrawn, Transition.Submit },
        { ReleaseStage.Approved, Transition.Withdraw },
    };

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Should_refuse_an_illegal_move_with_the_rule_name(ReleaseStage from, Transition transition)
    {
        var refusal = Assert.Throws<ReleaseRuleException>(() => ReleaseWorkflow.Require(new HashSet<ReleaseStage> { from }, transition, People.Administrator));

        Assert.Equal("illegal-transition", refusal.Rule);
    }

    public static TheoryData<string, Transition, bool> RolePermissions => new()
    {
        { "Author", Transition.Submit, true },
        { "Author", Transition.Approve, false },
        { "Author", Transition.Publish, false },
        { "Author", Transition.EmergencyPublish, false },
        { "Approver", Transition.Approve, true },
        { "Approver", Transition.RequestChanges, true },
        { "Approver", Transition.Publish, false },
        { "Publisher", Transition.Publish, true },
        { "Publisher", Transition.Withdraw, true },
        { "Publisher", Transition.EmergencyPublish, true },
        { "Publisher", Transition.Approve, false },
        { "Administrator", Transition.Approve, true },
    };

    [Theory]
    [MemberData(nameof(RolePermissions))]
    public void Should_give_each_role_its_own_moves(string role, Transition transition, bool allowed)
    {
        var from = ReleaseWorkflow.Moves.First(m => m.Transition == transition).From;
        var actor = new Actor("someone", [role]);

        Assert.Equal(allowed, ReleaseWorkflow.Allows(new HashSet<ReleaseStage> { from }, transition, actor));
    }

    [Fact]
    public void Should_refuse_approval_when_approver_wrote_the_revision()
    {
        var release = ReleaseTests.NewRelease();
        release.Submit(release.Version, People.Author, Now);
        var authorWhoIsAlsoAdministrator = new Actor(People.Author.Name, ["Administrator"]);

        var refusal = Assert.Throws<ReleaseRuleException>(() => release.Approve(release.Version, authorWhoIsAlsoAdministrator, People.AllChecked, null, Now));

        Assert.Equal("approver-wrote-revision", refusal.Rule);
        Assert.Equal(ReleaseStatus.InReview, release.Status);
    }

    [Fact]
    public void Should_refuse_approval_by_anyone_who_edited_since_the_last_approval()
    {
        var release = ReleaseTests.NewRelease();
        release.Edit(release.Version, Contents.Valid("Edited by the approver"), TestMarkdown.Instance, People.Approver.Name, Now);
        release.Edit(release.Version, Contents.Valid("Edited again by the author"), TestMarkdown.Instance, People.Author.Name, Now);
        release.Submit(release.Version, People.Author, Now);

        var refusal = Assert.Throws<ReleaseRuleException>(() => release.Approve(release.Version, People.Approver, People.AllChecked, null, Now));

        Assert.Equal("approver-wrote-revision", refusal.Rule);
    }

    [Fact]
    public void Should_refuse_approval_until_every_check_is_ticked_and_say_which()
    {
        var release = ReleaseTests.NewRelease();
        release.Submit(release.Version, People.Author, Now);

        var refusal = Assert.Throws<ReleaseRuleException>(() => release.Approve(release.Version, People.Approver, new ApprovalChecklist(true, false, true, false), null, Now));

        Assert.Equal("checklist-incomplete", refusal.Rule);
        Assert.Contains("safeguarding", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("images", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("contempt", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_require_a_comment_to_request_changes()
    {
        var release = ReleaseTests.NewRelease();
        release.Submit(release.Version, People.Author, Now);

        Assert.Equal("comment-required", Assert.Throws<ReleaseRuleException>(() => release.RequestChanges(release.Version, People.Approver, " ", Now)).Rule);
        release.RequestChanges(release.Version, People.Approver, "Remove the street name", Now);

        Assert.Equal(ReleaseStatus.ChangesRequested, release.Status);
        Assert.Equal("Remove the street name", Assert.Single(release.Comments).Text);
    }

    [Fact]
    public void Should_send_an_edited_revision_back_through_review()
    {
        var release = ReleaseTests.Approved(Now);

        release.Edit(release.Version, Contents.Valid("Changed after approval"), TestMarkdown.Instance, People.Author.Name, Now);

        Assert.Equal(ReleaseStatus.Draft, release.Status);
        Assert.Throws<ReleaseRuleException>(() => release.Publish(release.Version, People.Publisher, null, null, Now));
    }

    [Fact]
    public void Should_publish_in_an_emergency_only_with_a_reason_and_flag_it_for_retrospective_approval()
    {
        var release = ReleaseTests.NewRelease();

        Assert.Equal("reason-required", Assert.Throws<ReleaseRuleException>(() => release.EmergencyPublish(release.Version, People.Publisher, "", null, Now)).Rule);
        release.EmergencyPublish(release.Version, People.Publisher, "Missing child, high risk, 02:00", null, Now);

        Assert.Equal(PublicationState.Live, release.StateAt(Now));
        Assert.Contains(ReleaseStage.AwaitingRetrospectiveApproval, release.StagesAt(Now));
        Assert.Equal("approver-published-it", Assert.Throws<ReleaseRuleException>(() =>
            release.ApproveRetrospectively(release.Version, new Actor(People.Publisher.Name, ["Administrator"]), People.AllChecked, Now)).Rule);
        release.ApproveRetrospectively(release.Version, People.Approver, People.AllChecked, Now.AddHours(6));
        Assert.False(release.AwaitingRetrospectiveApproval);
        Assert.Equal(People.Approver.Name, release.Latest.ApprovedBy);
    }

    [Fact]
    public void Should_withdraw_with_a_reason_and_reopen_as_a_draft()
    {
        var release = ReleaseTests.Approved(Now);
        release.Publish(release.Version, People.Publisher, null, null, Now);

        Assert.Equal("reason-required", Assert.Throws<ReleaseRuleException>(() => release.Withdraw(release.Version, People.Publisher, "", Now)).Rule);
        release.Withdraw(release.Version, People.Publisher, "The missing man has been found", Now.AddHours(1));

        Assert.Equal(PublicationState.Withdrawn, release.StateAt(Now.AddHours(1)));
        Assert.Equal("withdrawn-is-closed", Assert.Throws<ReleaseRuleException>(() =>
            release.Edit(release.Version, Contents.Valid(), TestMarkdown.Instance, People.Author.Name, Now)).Rule);
        release.Reopen(release.Version, People.Publisher, Now.AddHours(2));
        Assert.Equal(new HashSet<ReleaseStage> { ReleaseStage.Draft }, release.StagesAt(Now.AddHours(2)));
        Assert.Equal(PublicationState.NotPublished, release.StateAt(Now.AddHours(2)));
    }

    [Fact]
    public void Should_recall_a_scheduled_release_before_it_goes_live_but_not_after()
    {
        var release = ReleaseTests.Approved(Now);
        release.Publish(release.Version, People.Publisher, Now.AddHours(1), null, Now);
        var scheduled = release.Version;

        Assert.Throws<ReleaseRuleException>(() => release.Recall(scheduled, People.Publisher, Now.AddHours(1)));
        release.Recall(scheduled, People.Publisher, Now.AddHours(1).AddMilliseconds(-1));

        Assert.Equal(PublicationState.NotPublished, release.StateAt(Now.AddHours(2)));
        Assert.Equal(ReleaseStatus.Draft, release.Status);
    }

    [Fact]
    public void Should_take_a_release_down_by_itself_at_its_scheduled_time()
    {
        var release = ReleaseTests.Approved(Now);
        release.Publish(release.Version, People.Publisher, null, null, Now);

        Assert.Equal("unpublish-before-publish", Assert.Throws<ReleaseRuleException>(() => release.ScheduleUnpublish(release.Version, People.Publisher, Now, Now)).Rule);
        Assert.Equal("not-permitted", Assert.Throws<ReleaseRuleException>(() => release.ScheduleUnpublish(release.Version, People.Author, Now.AddDays(7), Now)).Rule);
        release.ScheduleUnpublish(release.Version, People.Publisher, Now.AddDays(7), Now);

        Assert.Equal(PublicationState.Live, release.StateAt(Now.AddDays(7).AddMilliseconds(-1)));
        Assert.Equal(PublicationState.Ended, release.StateAt(Now.AddDays(7)));
    }

    [Fact]
    public void Should_keep_the_embargo_when_a_new_revision_of_a_scheduled_release_is_published()
    {
        var release = ReleaseTests.Approved(Now);
        release.Publish(release.Version, People.Publisher, Now.AddHours(2), null, Now);
        release.Edit(release.Version, Contents.Valid("Typo fixed before the embargo"), TestMarkdown.Instance, People.Author.Name, Now.AddMinutes(5));
        release.Submit(release.Version, People.Author, Now.AddMinutes(5));
        release.Approve(release.Version, People.Approver, People.AllChecked, null, Now.AddMinutes(6));

        release.Publish(release.Version, People.Publisher, null, null, Now.AddMinutes(7));

        Assert.Equal(PublicationState.Embargoed, release.StateAt(Now.AddHours(2).AddMilliseconds(-1)));
        Assert.Equal(Now.AddHours(2), release.PublishAtUtc);
        Assert.Equal(2, release.LiveRevisionNumber);
    }

    [Fact]
    public void Should_refuse_approval_of_a_recalled_revision_resubmitted_by_its_own_writer()
    {
        var release = ReleaseTests.Approved(Now);
        release.Recall(release.Version, People.Publisher, Now);
        var authorWhoIsAlsoApprover = new Actor(People.Author.Name, ["Author", "Approver"]);
        release.Submit(release.Version, authorWhoIsAlsoApprover, Now);

        Assert.Equal("approver-wrote-revision", Assert.Throws<ReleaseRuleException>(() =>
            release.Approve(release.Version, authorWhoIsAlsoApprover, People.AllChecked, null, Now)).Rule);
    }

    [Fact]
    public void Should_refuse_approval_by_the_writer_of_words_someone_else_restored()
    {
        var release = ReleaseTests.NewRelease();
        release.Edit(release.Version, Contents.Valid("The approver's own wording"), TestMarkdown.Instance, People.Approver.Name, Now);
        release.Edit(release.Version, Contents.Valid("Someone else's wording"), TestMarkdown.Instance, People.Author.Name, Now);
        release.Submit(release.Version, People.Author, Now);
        release.Approve(release.Version, People.Administrator with { Name = "second@example.police.uk" }, People.AllChecked, null, Now);

        release.Restore(release.Version, 2, TestMarkdown.Instance, People.Publisher.Name, Now);
        release.Submit(release.Version, People.Administrator, Now);

        Assert.Equal(2, release.Latest.RestoredFrom);
        Assert.Equal("approver-wrote-revision", Assert.Throws<ReleaseRuleException>(() =>
            release.Approve(release.Version, People.Approver, People.AllChecked, null, Now)).Rule);
    }

    [Fact]
    public void Should_escalate_a_second_emergency_publication_again()
    {
        var release = ReleaseTests.NewRelease();
        release.EmergencyPublish(release.Version, People.Publisher, "Missing child", null, Now);
        Assert.True(release.MarkEmergencyEscalated(TimeSpan.FromHours(4), Now.AddHours(4)));
        release.ApproveRetrospectively(release.Version, People.Approver, People.AllChecked, Now.AddHours(5));
        release.Edit(release.Version, Contents.Valid("Found safe"), TestMarkdown.Instance, People.Author.Name, Now.AddHours(6));

        release.EmergencyPublish(release.Version, People.Publisher, "Found: take the appeal details down", null, Now.AddHours(6));

        Assert.False(release.MarkEmergencyEscalated(TimeSpan.FromHours(4), Now.AddHours(10).AddMilliseconds(-1)));
        Assert.True(release.MarkEmergencyEscalated(TimeSpan.FromHours(4), Now.AddHours(10)));
    }

    [Fact]
    public void Should_put_an_ended_release_back_up_only_through_a_new_approval()
    {
        var release = ReleaseTests.Approved(Now);
        release.Publish(release.Version, People.Publisher, null, null, Now);
        release.ScheduleUnpublish(release.Version, People.Publisher, Now.AddHours(1), Now);

        Assert.Equal(new HashSet<ReleaseStage> { ReleaseStage.Ended }, release.StagesAt(Now.AddHours(2)));
        Assert.Throws<ReleaseRuleException>(() => release.ScheduleUnpublish(release.Version, People.Publisher, null, Now.AddHours(2)));
        release.Edit(release.Version, Contents.Valid("Appeal reopened"), TestMarkdown.Instance, People.Author.Name, Now.AddHours(2));
        release.Submit(release.Version, People.Author, Now.AddHours(2));
        release.Approve(release.Version, People.Approver, People.AllChecked, null, Now.AddHours(2));
        release.Publish(release.Version, People.Publisher, null, null, Now.AddHours(3));

        Assert.Equal(PublicationState.Live, release.StateAt(Now.AddHours(3)));
        Assert.Null(release.UnpublishAtUtc);
    }

    [Fact]
    public void Should_handle_coming_down_once_per_time_set_and_only_once_it_is_down()
    {
        var release = ReleaseTests.Approved(Now);
        release.Publish(release.Version, People.Publisher, null, null, Now);
        release.ScheduleUnpublish(release.Version, People.Publisher, Now.AddHours(1), Now);

        Assert.False(release.MarkTakeDownHandled(Now.AddHours(1).AddMilliseconds(-1)));
        Assert.True(release.MarkTakeDownHandled(Now.AddHours(1)));
        Assert.False(release.MarkTakeDownHandled(Now.AddHours(2)));
        Assert.Equal(Now.AddHours(1), release.HandledUnpublishAtUtc);

        // Put back up and set to come down again: that time is handled in its turn.
        release.Edit(release.Version, Contents.Valid("Appeal reopened"), TestMarkdown.Instance, People.Author.Name, Now.AddHours(2));
        release.Submit(release.Version, People.Author, Now.AddHours(2));
        release.Approve(release.Version, People.Approver, People.AllChecked, null, Now.AddHours(2));
        release.Publish(release.Version, People.Publisher, null, null, Now.AddHours(3));
        Assert.False(release.MarkTakeDownHandled(Now.AddHours(3)));
        release.ScheduleUnpublish(release.Version, People.Publisher, Now.AddHours(4), Now.AddHours(3));
        Assert.False(release.MarkTakeDownHandled(Now.AddHours(4).AddMilliseconds(-1)));
        Assert.True(release.MarkTakeDownHandled(Now.AddHours(4)));
        Assert.Equal(Now.AddHours(4), release.HandledUnpublishAtUtc);
    }

    [Fact]
    public void Should_run_go_live_side_effects_once()
    {
        var release = ReleaseTests.Approved(Now);
        release.Publish(release.Version, People.Publisher, Now.AddHours(1), null, Now);

        Assert.False(release.MarkGoLiveHandled(Now.AddHours(1).AddMilliseconds(-1)));
        Assert.True(release.MarkGoLiveHandled(Now.AddHours(1)));
        Assert.False(release.MarkGoLiveHandled(Now.AddHours(1).AddMilliseconds(1)));
    }
}
