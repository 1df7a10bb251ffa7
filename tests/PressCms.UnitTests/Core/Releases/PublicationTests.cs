using PressCms.Core.Releases;

namespace PressCms.UnitTests.Core.Releases;

public sealed class PublicationTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<ReleaseStatus, DateTime?, DateTime?, PublicationState> Cases => new()
    {
        { ReleaseStatus.Draft, null, null, PublicationState.NotPublished },
        { ReleaseStatus.Draft, Now.AddHours(-1), null, PublicationState.Live },
        { ReleaseStatus.Published, Now.AddTicks(1), null, PublicationState.Embargoed },
        { ReleaseStatus.Published, Now, null, PublicationState.Live },
        { ReleaseStatus.Published, Now.AddDays(-3), null, PublicationState.Live },
        { ReleaseStatus.Published, Now.AddDays(-3), Now, PublicationState.Ended },
        { ReleaseStatus.Published, Now.AddDays(-3), Now.AddTicks(1), PublicationState.Live },
        { ReleaseStatus.Withdrawn, Now.AddDays(-3), null, PublicationState.Withdrawn },
        { ReleaseStatus.Withdrawn, null, null, PublicationState.Withdrawn },
    };

    // A live release whose newer revision is a draft has status Draft and is still live: PublishAtUtc is set exactly while a revision is live.
    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_derive_visibility_from_stored_times_and_the_clock(ReleaseStatus status, DateTime? publishAtUtc, DateTime? unpublishAtUtc, PublicationState expected)
    {
        Assert.Equal(expected, Publication.StateAt(status, publishAtUtc, unpublishAtUtc, Now));
    }
}
