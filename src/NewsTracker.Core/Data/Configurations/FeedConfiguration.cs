using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Feeds;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class FeedConfiguration : IEntityTypeConfiguration<Feed>
{
    public void Configure(EntityTypeBuilder<Feed> builder)
    {
        builder.Property(f => f.Url).HasMaxLength(Feed.UrlMaxLength);
        builder.HasIndex(f => f.Url).IsUnique();
        builder.Property(f => f.Outlet).HasMaxLength(Articles.Article.OutletMaxLength);
        builder.Property(f => f.ETag).HasMaxLength(Feed.ValidatorMaxLength);
        builder.Property(f => f.LastModified).HasMaxLength(Feed.ValidatorMaxLength);
        builder.Property(f => f.LastError).HasMaxLength(Feed.ErrorMaxLength);
        builder.HasMany(f => f.Items).WithOne().HasForeignKey(i => i.FeedId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedItemConfiguration : IEntityTypeConfiguration<FeedItem>
{
    public void Configure(EntityTypeBuilder<FeedItem> builder)
    {
        builder.Property(i => i.Link).HasMaxLength(Feed.UrlMaxLength);
        builder.Property(i => i.Message).HasMaxLength(FeedItem.MessageMaxLength);

        // A poll asks which of its feed's links are settled already.
        builder.HasIndex(i => new { i.FeedId, i.Link }).IsUnique();
    }
}
