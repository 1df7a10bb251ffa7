using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PressCms.Core.Releases;

namespace PressCms.Data.Configurations;

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> comment)
    {
        comment.HasKey(c => c.Id);
        comment.Property(c => c.Author).HasMaxLength(256);
        comment.Property(c => c.Kind).HasMaxLength(32);
        comment.HasIndex(c => new { c.ReleaseId, c.AtUtc });
    }
}
