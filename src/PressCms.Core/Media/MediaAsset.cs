using System.Security.Cryptography;
using PressCms.Core.Releases;
using PressCms.Core.Validation;

namespace PressCms.Core.Media;

/// <summary>
/// An uploaded image. The original is private; the public only ever sees renditions re-encoded
/// without metadata. Removing it everywhere is final: every page and feed drops it at once.
/// </summary>
public sealed class MediaAsset
{
    private MediaAsset()
    {
    }

    /// <summary>Random and unguessable, so an image's address says nothing before it is used.</summary>
    public string Id { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string Format { get; private set; } = "";
    public int Width { get; private set; }
    public int Height { get; private set; }
    public long Bytes { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string Alt { get; private set; } = "";
    public string? Caption { get; private set; }
    public string? Credit { get; private set; }
    public string? Copyright { get; private set; }
    public string? ApprovedByName { get; private set; }
    public string? ApprovedByRole { get; private set; }
    public string? ReleaseReason { get; private set; }
    public DateOnly? ReviewOn { get; private set; }
    public double FocalX { get; private set; } = 0.5;
    public double FocalY { get; private set; } = 0.5;
    public List<int> RenditionWidths { get; private set; } = [];

    /// <summary>
    /// The size in bytes of the largest JPEG rendition, the file feeds enclose; 0 when not known
    /// (an image uploaded before sizes were kept whose file is gone).
    /// </summary>
    public long EnclosureBytes { get; private set; }
    public string UploadedBy { get; private set; } = "";
    public DateTime UploadedUtc { get; private set; }
    public DateTime? RemovedUtc { get; private set; }
    public string? RemovedBy { get; private set; }
    public string? RemovalReason { get; private set; }

    public bool IsRemoved => RemovedUtc is not null;

    public bool IsDueForReview(DateOnly today) => !IsRemoved && ReviewOn is { } on && on <= today;

    /// <summary>A longer name, as a browser may send it, is cut: it only helps find the image again.</summary>
    public const int FileNameMaxLength = 260;

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));

    public static MediaAsset Upload(string id, string fileName, string format, int width, int height, long bytes, string sha256,
        IReadOnlyList<int> renditionWidths, long enclosureBytes, MediaDetails details, string uploadedBy, DateTime nowUtc)
    {
        var asset = new MediaAsset
        {
            Id = id, FileName = PlainText.Truncate(PlainText.Clean(Path.GetFileName(fileName))!, FileNameMaxLength), Format = format, Width = width, Height = height, Bytes = bytes,
            Sha256 = sha256, RenditionWidths = [.. renditionWidths], EnclosureBytes = enclosureBytes, UploadedBy = uploadedBy, UploadedUtc = nowUtc,
        };
        asset.Apply(details);
        return asset;
    }

    /// <summary>Records the enclosure's size for an image uploaded before sizes were kept.</summary>
    public void RecordEnclosureSize(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        EnclosureBytes = bytes;
    }

    public void Describe(MediaDetails details)
    {
        EnsureNotRemoved();
        Apply(details);
    }

    /// <summary>Takes the image off everything the site serves (a wanted person arrested, a missing person found); the reason goes in the audit trail.</summary>
    public void RemoveEverywhere(string removedBy, string reason, DateTime nowUtc)
    {
        EnsureNotRemoved();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ReleaseRuleException("reason-required", "Say why the image is being removed, for example: the wanted person has been arrested");
        }
        RemovedUtc = nowUtc;
        RemovedBy = removedBy;
        RemovalReason = reason.Trim();
    }

    private void Apply(MediaDetails details)
    {
        Alt = details.Alt.Trim();
        Caption = Blank(details.Caption);
        Credit = Blank(details.Credit);
        Copyright = Blank(details.Copyright);
        ApprovedByName = Blank(details.ApprovedByName);
        ApprovedByRole = Blank(details.ApprovedByRole);
        ReleaseReason = Blank(details.ReleaseReason);
        ReviewOn = details.ReviewOn;
        FocalX = details.FocalX;
        FocalY = details.FocalY;
    }

    private void EnsureNotRemoved()
    {
        if (IsRemoved)
        {
            throw new ReleaseRuleException("image-removed", "This image was removed everywhere and cannot be used again; upload it again if it must return");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public MediaDetails Details => new(Alt, Caption, Credit, Copyright, ApprovedByName, ApprovedByRole, ReleaseReason, ReviewOn, FocalX, FocalY);

    /// <summary>The address a release refers to this image by, in its lead image or gallery.</summary>
    public string Reference => MediaReference.For(Id);
}
