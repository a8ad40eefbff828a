using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(Actor.NameMaxLength);
        builder.Property(a => a.Slug).HasMaxLength(Actor.SlugMaxLength);
        builder.Property(a => a.Role).HasMaxLength(Actor.RoleMaxLength);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);

        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.Name);
        builder.HasIndex(a => new { a.QuoteCount, a.Id });

        builder.HasOne(a => a.Affiliation)
            .WithMany()
            .HasForeignKey(a => a.AffiliationId)
            .OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(a => a.Aliases)
            .WithOne(x => x.Actor)
            .HasForeignKey(x => x.ActorId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
