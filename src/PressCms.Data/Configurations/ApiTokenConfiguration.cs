using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PressCms.Core.People;

namespace PressCms.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.HasKey(t => t.Id);
        token.Property(t => t.UserId).HasMaxLength(450);
        token.Property(t => t.UserEmail).HasMaxLength(256);
        token.Property(t => t.Hash).HasMaxLength(64);
        token.Property(t => t.Name).HasMaxLength(ApiToken.NameMaxLength).HasDefaultValue("");
        token.Property(t => t.RevokedBy).HasMaxLength(256);
        token.HasIndex(t => t.Hash).IsUnique();
        token.Ignore(t => t.IsRevoked);
        token.Ignore(t => t.ExpiresAtUtc);
        token.Ignore(t => t.Granted);
    }
}
