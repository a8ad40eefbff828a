using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class ActorFormerSlugConfiguration : IEntityTypeConfiguration<ActorFormerSlug>
{
    public void Configure(EntityTypeBuilder<ActorFormerSlug> builder)
    {
        builder.Property(s => s.Slug).HasMaxLength(Actor.SlugMaxLength);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasOne<Actor>().WithMany().HasForeignKey(s => s.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
