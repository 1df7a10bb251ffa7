using PressCms.Core.Releases;

namespace PressCms.UnitTests.Core.Releases;

public sealed class PublicationTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<ReleaseStatus, DateTime?, DateTime?, PublicationState> Cases => new()
    {
        { ReleaseStatus.Draft, null, null, PublicationState.NotPublished },
        { ReleaseStatus.Approved, Now.AddHours(-1), null, PublicationState.NotPublished },
        { ReleaseStatus.Published, Now.AddTicks(1), null, PublicationState.Embargoed },
        { ReleaseStatus.Published, Now, null, PublicationState.Live },
        { ReleaseStatus.Published, Now.AddDays(-3), null, PublicationState.Live },
        { ReleaseStatus.Published, Now.AddDays(-3), Now, PublicationState.Ended },
        { ReleaseStatus.Published, Now.AddDays(-3), Now.AddTicks(1), PublicationState.Live },
        { ReleaseStatus.Withdrawn, Now.AddDays(-3), null, PublicationState.NotPublished },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_derive_visibility_from_stored_times_and_the_clock(ReleaseStatus status, DateTime? publishAtUtc, DateTime? unpublishAtUtc, PublicationState expected)
    {
        Assert.Equal(expected, Publication.StateAt(status, publishAtUtc, unpublishAtUtc, Now));
    }
}
