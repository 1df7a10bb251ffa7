using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PressCms.Core.Releases;

namespace PressCms.Data.Configurations;

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> release)
    {
        release.HasKey(r => r.Id);
        release.Property(r => r.Id).HasMaxLength(100);
        release.Property(r => r.Slug).HasMaxLength(100);
        release.HasIndex(r => r.Slug).IsUnique();
        release.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        release.Property(r => r.Version).IsConcurrencyToken();
        release.HasIndex(r => new { r.Status, r.PublishAtUtc });
        release.Ignore(r => r.HasUnpublishedChanges);
        release.Ignore(r => r.Latest);
        release.Ignore(r => r.Events);
        release.HasIndex(r => new { r.GoLiveHandledUtc, r.PublishAtUtc });
        release.HasIndex(r => new { r.UnpublishAtUtc, r.HandledUnpublishAtUtc });
        release.Property(r => r.EmergencyPublishedBy).HasMaxLength(256);
        release.HasMany(r => r.Revisions).WithOne(v => v.Release).HasForeignKey(v => v.ReleaseId);
        release.HasMany(r => r.Comments).WithOne().HasForeignKey(c => c.ReleaseId);
        release.HasIndex(r => r.AwaitingRetrospectiveApproval);
    }
}
