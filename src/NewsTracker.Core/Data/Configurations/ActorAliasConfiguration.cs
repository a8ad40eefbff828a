using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class ActorAliasConfiguration : IEntityTypeConfiguration<ActorAlias>
{
    public void Configure(EntityTypeBuilder<ActorAlias> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(ActorAlias.TextMaxLength);
        builder.HasIndex(a => new { a.ActorId, a.Text }).IsUnique();
        builder.HasIndex(a => a.Text);
    }
}
