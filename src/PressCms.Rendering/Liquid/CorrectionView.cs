using PressCms.Core.Releases;

namespace PressCms.Rendering.Liquid;

/// <summary>A public correction note with the time it went live.</summary>
public sealed record CorrectionView(string Note, string Date, string DateDisplay)
{
    internal static IReadOnlyList<CorrectionView> From(IEnumerable<Revision> history, int liveNumber, NewsroomClock clock) =>
    [
        .. history
            .Where(r => r.Number <= liveNumber && r.CorrectionNote is not null && r.WentLiveUtc is not null)
            .OrderBy(r => r.WentLiveUtc)
            .Select(r => new CorrectionView(r.CorrectionNote!, NewsroomClock.Iso(r.WentLiveUtc!.Value), clock.Display(r.WentLiveUtc.Value))),
    ];
}
