using PressCms.Core.Media;
using PressCms.Core.Releases;

namespace PressCms.UnitTests.Core.Media;

public sealed class MediaAssetTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private static MediaDetails Complete() => new("Officers outside a house in Hackney", "Warrant executed at dawn", "Metropolitan Police",
        "Free to use with credit", "DCI Amara Okafor", "Senior investigating officer", "Public appeal for witnesses", Today.AddMonths(6));

    public static TheoryData<string, string> Missing => new()
    {
        { "alt", "Describe the image" },
        { "credit", "Give the image's credit" },
        { "approvedBy", "Name the officer who approved" },
        { "releaseReason", "Give the policing purpose" },
        { "reviewOn", "Enter the date the image must be reviewed by" },
    };

    [Theory]
    [MemberData(nameof(Missing))]
    public void Should_require_every_police_field_for_an_upload(string field, string message)
    {
        var details = field switch
        {
            "alt" => Complete() with { Alt = " " },
            "credit" => Complete() with { Credit = null },
            "approvedBy" => Complete() with { ApprovedByRole = "" },
            "releaseReason" => Complete() with { ReleaseReason = null },
            _ => Complete() with { ReviewOn = null },
        };

        var error = Assert.Single(details.Validate(requireApproval: true, Today));

        Assert.Equal(field, error.Field);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_accept_a_recipe_image_without_an_approval_record_but_never_without_alt_text()
    {
        var recipeImage = new MediaDetails("Seized phones", null, "Getty Images", null, null, null, null, null);

        Assert.Empty(recipeImage.Validate(requireApproval: false, Today));
        Assert.Single((recipeImage with { Alt = "" }).Validate(requireApproval: false, Today));
    }

    [Fact]
    public void Should_refuse_a_review_date_in_the_past_and_a_focal_point_outside_the_image()
    {
        var errors = (Complete() with { ReviewOn = Today, FocalX = 1.5 }).Validate(requireApproval: true, Today);

        Assert.Equal(["reviewOn", "focal"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Should_list_an_image_for_review_from_its_review_date()
    {
        var asset = MediaAsset.Upload(MediaAsset.NewId(), "photo.jpg", "jpeg", 800, 600, 1234, new string('a', 64), [480, 800], 90_000, Complete(), "officer", Now);

        Assert.False(asset.IsDueForReview(Today.AddMonths(6).AddDays(-1)));
        Assert.True(asset.IsDueForReview(Today.AddMonths(6)));
    }

    [Fact]
    public void Should_remove_an_image_everywhere_only_with_a_reason_and_for_good()
    {
        var asset = MediaAsset.Upload(MediaAsset.NewId(), "wanted.jpg", "jpeg", 800, 600, 1234, new string('a', 64), [480], 40_000, Complete(), "officer", Now);

        Assert.Equal("reason-required", Assert.Throws<ReleaseRuleException>(() => asset.RemoveEverywhere("publisher", " ", Now)).Rule);
        asset.RemoveEverywhere("publisher", "Wanted man arrested", Now);

        Assert.True(asset.IsRemoved);
        Assert.False(asset.IsDueForReview(Today.AddYears(1)));
        Assert.Equal("image-removed", Assert.Throws<ReleaseRuleException>(() => asset.Describe(Complete())).Rule);
    }

    [Theory]
    [InlineData("/media/3f2a9c", "3f2a9c")]
    [InlineData("/media/3f2a9c/800.webp", null)]
    [InlineData("media/legatum.jpg", null)]
    [InlineData(null, null)]
    public void Should_read_a_library_reference_from_a_lead_image_source(string? src, string? id)
    {
        Assert.Equal(id, MediaReference.IdOf(src));
    }

    [Fact]
    public void Should_make_ids_that_cannot_be_guessed()
    {
        Assert.Equal(20, MediaAsset.NewId().Length);
        Assert.NotEqual(MediaAsset.NewId(), MediaAsset.NewId());
    }
}
