using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PressCms.Core.Media;

namespace PressCms.Data.Configurations;

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> asset)
    {
        asset.HasKey(a => a.Id);
        asset.Property(a => a.Id).HasMaxLength(40);
        asset.Property(a => a.FileName).HasMaxLength(260);
        asset.Property(a => a.Format).HasMaxLength(8);
        asset.Property(a => a.Sha256).HasMaxLength(64);
        asset.Property(a => a.Alt).HasMaxLength(MediaDetails.AltMaxLength);
        asset.Property(a => a.Credit).HasMaxLength(200);
        asset.Property(a => a.ApprovedByName).HasMaxLength(200);
        asset.Property(a => a.ApprovedByRole).HasMaxLength(200);
        asset.Property(a => a.UploadedBy).HasMaxLength(256);
        asset.Property(a => a.RemovedBy).HasMaxLength(256);
        asset.Ignore(a => a.IsRemoved);
        asset.Ignore(a => a.Details);
        asset.Ignore(a => a.Reference);
        asset.HasIndex(a => a.ReviewOn);
        asset.HasIndex(a => a.UploadedUtc);
    }
}
