using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Statements;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class StatementShingleConfiguration : IEntityTypeConfiguration<StatementShingle>
{
    public void Configure(EntityTypeBuilder<StatementShingle> builder)
    {
        builder.HasKey(s => new { s.StatementId, s.Hash });
        builder.HasIndex(s => s.Hash);
    }
}
