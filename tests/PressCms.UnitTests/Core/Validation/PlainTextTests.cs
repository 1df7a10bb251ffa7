using PressCms.Core.Validation;

namespace PressCms.UnitTests.Core.Validation;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("Arrests in Hackney", null)]
    [InlineData("Tabs\tand\r\nline breaks", null)]
    [InlineData("Emoji \U0001F694 are a pair", null)]
    [InlineData("Pasted\u000Bline break", 0x0B)]
    [InlineData("Bell \u0007", 0x07)]
    [InlineData("Non-character \uFFFE", 0xFFFE)]
    public void Should_find_the_first_character_no_feed_can_carry(string text, int? expected) =>
        Assert.Equal(expected, PlainText.Unpublishable(text));

    // Built here, not in InlineData: a lone surrogate does not survive the test runner's serialization.
    [Fact]
    public void Should_find_half_a_surrogate_pair()
    {
        Assert.Equal(0xD800, PlainText.Unpublishable("Half " + (char)0xD800 + " a pair"));
        Assert.Equal(0xDC00, PlainText.Unpublishable("Low " + (char)0xDC00 + " alone"));
        Assert.Equal(0xD800, PlainText.Unpublishable("Ends high " + (char)0xD800));
    }

    [Fact]
    public void Should_turn_word_processor_breaks_into_line_breaks_and_drop_other_unpublishable_characters()
    {
        Assert.Equal("One\nTwo\nThree \U0001F694 four", PlainText.Clean("One\u000BTwo\u000CThree \U0001F694\u0007 " + (char)0xD800 + "four"));
        Assert.Null(PlainText.Clean(null));
        const string clean = "Already clean";
        Assert.Same(clean, PlainText.Clean(clean));
    }
}
