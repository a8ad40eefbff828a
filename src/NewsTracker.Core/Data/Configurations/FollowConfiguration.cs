using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Following;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.ToTable("Follows", table => table.HasCheckConstraint(
            "CK_Follows_OneTarget",
            """("Kind" = 'Topic' AND "TopicId" IS NOT NULL AND "ActorId" IS NULL) OR ("Kind" <> 'Topic' AND "ActorId" IS NOT NULL AND "TopicId" IS NULL)"""));
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);

        // Following twice is one follow (the unique indexes are the backstop for two quick clicks). SQLite treats
        // NULLs as distinct, so the actor index says nothing about topic rows and the topic index nothing about actors.
        builder.HasIndex(f => new { f.UserId, f.Kind, f.ActorId }).IsUnique();
        builder.HasIndex(f => new { f.UserId, f.TopicId }).IsUnique();
        builder.HasIndex(f => f.ActorId);
        builder.HasIndex(f => f.TopicId);

        builder.HasOne<NewsUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Actor).WithMany().HasForeignKey(f => f.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Topic).WithMany().HasForeignKey(f => f.TopicId).OnDelete(DeleteBehavior.Cascade);
    }
}
