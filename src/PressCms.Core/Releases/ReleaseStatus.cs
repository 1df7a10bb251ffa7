namespace PressCms.Core.Releases;

/// <summary>The stored editorial decision. Whether a release is visible also depends on time: see <see cref="Publication"/>.</summary>
public enum ReleaseStatus
{
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Published,
    Withdrawn,
}
