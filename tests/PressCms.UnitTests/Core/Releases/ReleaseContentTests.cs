using PressCms.Core.Releases;

namespace PressCms.UnitTests.Core.Releases;

public sealed class ReleaseContentTests
{
    public static TheoryData<string, string, string> BadContent => new()
    {
        { "missing headline", "headline", "Enter a headline" },
        { "headline too long", "headline", "Headline must be 200 characters or fewer" },
        { "bad slug", "slug", "Slug must be 1 to 100 characters" },
        { "missing body", "body", "Enter the body" },
        { "figure without number", "figures[0].value", "Figure 1: enter a number" },
        { "negative figure", "figures[1].value", "Figure 2: the number must be 0 or more" },
        { "figure without label", "figures[0].label", "Figure 1: enter a label" },
        { "quote without speaker", "quotes[0].speaker", "Quote 1: enter who said it" },
        { "quote without words", "quotes[0].text", "Quote 1: enter the words quoted" },
        { "key date ending before it starts", "keyDates[0].to", "Key date 1: the end date must be the same as or after the start date" },
        { "key date without start", "keyDates[0].from", "Key date 1: enter a real start date" },
        { "lead image without alt text", "leadImage.alt", "Describe the lead image" },
        { "standfirst too long", "standfirst", "Standfirst must be 600 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(BadContent))]
    public void Should_name_the_field_and_say_what_is_wrong(string mistake, string field, string message)
    {
        var content = Break(Contents.Valid(), mistake);

        var errors = content.Validate();

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_accept_a_complete_release()
    {
        Assert.Empty(Contents.Valid().Validate());
    }

    [Fact]
    public void Should_accept_a_single_day_key_date_and_a_zero_figure()
    {
        var content = Contents.Valid() with
        {
            KeyDates = [new KeyDate("Arrested", new DateOnly(2020, 5, 18), new DateOnly(2020, 5, 18))],
            Figures = [new Figure("Injuries", 0)],
        };

        Assert.Empty(content.Validate());
    }

    [Fact]
    public void Should_compare_contents_by_their_lists_not_by_reference()
    {
        Assert.True(Contents.Valid().SameAs(Contents.Valid()));
        Assert.False(Contents.Valid().SameAs(Contents.Valid() with { Figures = [new Figure("Suspects arrested", 39)] }));
    }

    private static ReleaseContent Break(ReleaseContent c, string mistake) => mistake switch
    {
        "missing headline" => c with { Headline = " " },
        "headline too long" => c with { Headline = new string('a', 201) },
        "bad slug" => c with { Slug = "Not A Slug" },
        "missing body" => c with { Body = "" },
        "figure without number" => c with { Figures = [new Figure("Suspects arrested", null), c.Figures[1]] },
        "negative figure" => c with { Figures = [c.Figures[0], new Figure("Children safeguarded", -1)] },
        "figure without label" => c with { Figures = [new Figure("", 3), c.Figures[1]] },
        "quote without speaker" => c with { Quotes = [new Quote("Words", "")] },
        "quote without words" => c with { Quotes = [new Quote("", "Helen Flanagan")] },
        "key date ending before it starts" => c with { KeyDates = [new KeyDate("Operation ran", new DateOnly(2020, 5, 23), new DateOnly(2020, 5, 18))] },
        "key date without start" => c with { KeyDates = [new KeyDate("Operation ran", null)] },
        "lead image without alt text" => c with { LeadImage = new LeadImage("/media/a.jpg", "") },
        "standfirst too long" => c with { Standfirst = new string('a', 601) },
        _ => throw new ArgumentOutOfRangeException(nameof(mistake)),
    };
}
