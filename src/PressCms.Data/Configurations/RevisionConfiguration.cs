using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PressCms.Core.Releases;

namespace PressCms.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> revision)
    {
        revision.HasKey(v => new { v.ReleaseId, v.Number });
        revision.Property(v => v.Kind).HasConversion<string>().HasMaxLength(32);
        revision.Property(v => v.Slug).HasMaxLength(100);
        revision.Property(v => v.Headline).HasMaxLength(ReleaseContent.HeadlineMaxLength);
        revision.Property(v => v.Standfirst).HasMaxLength(ReleaseContent.StandfirstMaxLength);
        revision.Property(v => v.Operation).HasMaxLength(100);
        revision.Property(v => v.Unit).HasMaxLength(100);
        revision.Property(v => v.Area).HasMaxLength(100);
        revision.Property(v => v.EditedBy).HasMaxLength(256);
        revision.Property(v => v.ApprovedBy).HasMaxLength(256);
        revision.Property(v => v.KeyDates).HasJsonConversion();
        revision.Property(v => v.Figures).HasJsonConversion();
        revision.Property(v => v.Quotes).HasJsonConversion();
        revision.Property(v => v.LeadImage).HasJsonConversion();
        revision.Property(v => v.Gallery).HasJsonConversion();
        revision.HasIndex(v => v.Operation);
        revision.HasIndex(v => v.Unit);
        revision.HasIndex(v => v.Area);
    }
}
