using PressCms.Core.Releases;

namespace PressCms.UnitTests.Core.Releases;

internal static class Contents
{
    public static ReleaseContent Valid(string headline = "38 suspected online groomers arrested in London") => new()
    {
        Kind = ReleaseKind.OperationUpdate,
        Slug = "operation-legatum-38-arrested",
        Headline = headline,
        Body = "Officers have arrested 38 people.",
        KeyDates = [new KeyDate("Operation ran", new DateOnly(2020, 5, 18), new DateOnly(2020, 5, 23))],
        Figures = [new Figure("Suspects arrested", 38), new Figure("Children safeguarded", 138)],
        Quotes = [new Quote("Every image is a crime scene.", "Helen Flanagan", "Detective Superintendent")],
    };
}
