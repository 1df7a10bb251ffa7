using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PressCms.Core.Taxonomy;

namespace PressCms.Data.Configurations;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> term)
    {
        term.HasKey(t => new { t.Kind, t.Slug });
        term.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        term.Property(t => t.Slug).HasMaxLength(100);
        term.Property(t => t.Name).HasMaxLength(200);
    }
}

internal sealed class OperationConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> operation)
    {
        operation.HasKey(o => o.Slug);
        operation.Property(o => o.Slug).HasMaxLength(100);
        operation.Property(o => o.Name).HasMaxLength(200);
        operation.Property(o => o.Unit).HasMaxLength(100);
    }
}
