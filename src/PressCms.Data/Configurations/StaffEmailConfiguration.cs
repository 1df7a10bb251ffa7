using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PressCms.Core.People;

namespace PressCms.Data.Configurations;

internal sealed class StaffEmailConfiguration : IEntityTypeConfiguration<StaffEmail>
{
    public void Configure(EntityTypeBuilder<StaffEmail> email)
    {
        email.ToTable("StaffOutbox");
        email.HasKey(e => e.Id);
        email.Property(e => e.To).HasMaxLength(256);
        email.Property(e => e.Subject).HasMaxLength(400);
        email.Property(e => e.LastError).HasMaxLength(500);
        email.Ignore(e => e.IsGivenUp);
        email.HasIndex(e => e.DueUtc);
        email.HasIndex(e => e.CreatedUtc);
    }
}
