using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class ActorRoleConfiguration : IEntityTypeConfiguration<ActorRole>
{
    public void Configure(EntityTypeBuilder<ActorRole> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(ActorRole.TitleMaxLength);
        builder.HasOne(r => r.Actor).WithMany(a => a.Roles).HasForeignKey(r => r.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Affiliation).WithMany().HasForeignKey(r => r.AffiliationId).OnDelete(DeleteBehavior.SetNull);
    }
}
