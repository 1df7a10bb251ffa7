using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PressCms.Core.Newsroom;

namespace PressCms.Data.Configurations;

internal sealed class NewsroomConfiguration : IEntityTypeConfiguration<NewsroomSettings>
{
    public void Configure(EntityTypeBuilder<NewsroomSettings> newsroom)
    {
        newsroom.ToTable("Newsroom");
        newsroom.HasKey(n => n.Id);
        newsroom.Property(n => n.Id).ValueGeneratedNever();
        newsroom.Property(n => n.Name).HasMaxLength(200);
        newsroom.Property(n => n.MediaContacts).HasJsonConversion();
        newsroom.Property(n => n.PublicStamp).HasMaxLength(32).HasDefaultValue("");
        newsroom.Property(n => n.ScheduleStamp).HasMaxLength(32).HasDefaultValue("");
    }
}
