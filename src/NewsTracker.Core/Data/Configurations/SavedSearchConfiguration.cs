using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Following;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> builder)
    {
        builder.ToTable("SavedSearches");
        builder.Property(s => s.Name).HasMaxLength(SavedSearch.NameMaxLength);
        builder.Property(s => s.Query).HasMaxLength(SavedSearch.QueryMaxLength);
        builder.Property(s => s.FeedHash).HasMaxLength(FeedToken.HashLength);
        builder.Property(s => s.FeedPrefix).HasMaxLength(FeedToken.PrefixLength);
        builder.HasIndex(s => s.FeedHash).IsUnique();
        builder.HasIndex(s => s.UserId);
        builder.HasOne<NewsUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
