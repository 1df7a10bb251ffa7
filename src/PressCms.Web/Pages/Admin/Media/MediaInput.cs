using System.Globalization;
using PressCms.Core.Media;
using PressCms.Web.Pages.Admin.Releases;

namespace PressCms.Web.Pages.Admin.Media;

/// <summary>The image details form as typed; the focal point is in percent from the top left.</summary>
public sealed class MediaInput
{
    public string? Alt { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public string? Copyright { get; set; }
    public string? ApprovedByName { get; set; }
    public string? ApprovedByRole { get; set; }
    public string? ReleaseReason { get; set; }
    public DateParts ReviewOn { get; set; } = new();
    public string? FocalX { get; set; } = "50";
    public string? FocalY { get; set; } = "50";

    public MediaDetails ToDetails() => new(Alt ?? "", Caption, Credit, Copyright, ApprovedByName, ApprovedByRole, ReleaseReason,
        ReviewOn.ToDate(), Percent(FocalX), Percent(FocalY));

    public static MediaInput From(MediaAsset asset) => new()
    {
        Alt = asset.Alt, Caption = asset.Caption, Credit = asset.Credit, Copyright = asset.Copyright,
        ApprovedByName = asset.ApprovedByName, ApprovedByRole = asset.ApprovedByRole, ReleaseReason = asset.ReleaseReason,
        ReviewOn = DateParts.From(asset.ReviewOn),
        FocalX = (asset.FocalX * 100).ToString("0", CultureInfo.InvariantCulture),
        FocalY = (asset.FocalY * 100).ToString("0", CultureInfo.InvariantCulture),
    };

    // Anything that is not a number is out of range, so the form reports it instead of guessing.
    private static double Percent(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value / 100 : -1;
}
