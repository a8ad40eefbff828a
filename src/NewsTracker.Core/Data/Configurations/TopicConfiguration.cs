using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Topic.NameMaxLength);
        builder.Property(t => t.Slug).HasMaxLength(Topic.SlugMaxLength);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
