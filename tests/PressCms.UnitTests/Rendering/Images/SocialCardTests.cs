using PressCms.Rendering.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace PressCms.UnitTests.Rendering.Images;

public sealed class SocialCardTests
{
    private readonly ImageProcessor _processor = new();

    // Portrait, so the 1200:630 crop can only move vertically: the focal point decides what survives.
    private static readonly byte[] Portrait = SampleImages.RedSquareAt(1000, 3000, new PointF(500, 2400), half: 120);

    [Fact]
    public void Should_make_a_card_of_exactly_1200_by_630()
    {
        var card = _processor.Process(new MemoryStream(Portrait), new ImageRequest(new FocalPoint(0.5, 0.8))).SocialCard;

        Assert.Equal((1200, 630), (card.Width, card.Height));
        Assert.Equal((1200, 630, "JPEG"), ImageProcessorTests.ReadBack(card.Bytes));
    }

    [Fact]
    public void Should_keep_the_focal_point_in_the_middle_of_the_card()
    {
        var card = _processor.Process(new MemoryStream(Portrait), new ImageRequest(new FocalPoint(0.5, 0.8))).SocialCard;

        Assert.True(IsRed(CentreOf(card)), $"centre is {CentreOf(card)}");
    }

    [Fact]
    public void Should_lose_the_red_square_when_cropped_around_the_centre_instead()
    {
        var card = _processor.Process(new MemoryStream(Portrait), ImageRequest.Default).SocialCard;

        Assert.False(IsRed(CentreOf(card)), $"centre is {CentreOf(card)}");
    }

    [Theory]
    [InlineData(1.5, -3)]
    [InlineData(double.NaN, 0)]
    [InlineData(0, 1)]
    public void Should_clamp_a_focal_point_outside_the_picture_to_its_edges(double x, double y)
    {
        var card = _processor.Process(new MemoryStream(SampleImages.Encoded(ImageFormatKind.Jpeg, 300, 900)), new ImageRequest(new FocalPoint(x, y))).SocialCard;

        Assert.Equal((1200, 630, "JPEG"), ImageProcessorTests.ReadBack(card.Bytes));
    }

    private static Rgb24 CentreOf(Rendition card)
    {
        using var image = Image.Load<Rgb24>(card.Bytes);
        return image[image.Width / 2, image.Height / 2];
    }

    private static bool IsRed(Rgb24 pixel) => pixel.R > 200 && pixel.G < 60 && pixel.B < 60;
}
