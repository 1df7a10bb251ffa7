using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PressCms.Core.Alerts;

namespace PressCms.Data.Configurations;

internal sealed class AlertMessageConfiguration : IEntityTypeConfiguration<AlertMessage>
{
    public void Configure(EntityTypeBuilder<AlertMessage> message)
    {
        message.ToTable("AlertOutbox");
        message.HasKey(m => m.Id);
        message.Property(m => m.ReleaseId).HasMaxLength(100);
        message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.LastError).HasMaxLength(500);
        // The same alert is never queued twice, whichever node or retry tries.
        message.HasIndex(m => new { m.SubscriptionId, m.ReleaseId, m.RevisionNumber, m.Kind }).IsUnique();
        message.HasIndex(m => m.DueUtc);
        message.HasOne<Subscription>().WithMany().HasForeignKey(m => m.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
