using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PressCms.Core.Alerts;

namespace PressCms.Data.Configurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> subscription)
    {
        subscription.HasKey(s => s.Id);
        subscription.Property(s => s.Email).HasMaxLength(320);
        // Up to five facets of 100-character slugs: "category:…,operation:…,unit:…,area:…,kind:…".
        subscription.Property(s => s.Topic).HasMaxLength(600);
        subscription.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(16);
        subscription.Property(s => s.TokenHash).HasMaxLength(64);
        subscription.Property(s => s.SealedToken).HasMaxLength(1000);
        subscription.HasIndex(s => new { s.Email, s.Topic }).IsUnique();
        subscription.HasIndex(s => s.TokenHash).IsUnique();
        subscription.HasIndex(s => s.Topic);
        subscription.Ignore(s => s.IsActive);
    }
}
