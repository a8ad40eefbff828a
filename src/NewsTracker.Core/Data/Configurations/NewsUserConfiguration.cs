using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Accounts;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class NewsUserConfiguration : IEntityTypeConfiguration<NewsUser>
{
    public void Configure(EntityTypeBuilder<NewsUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(NewsUser.DisplayNameMaxLength);
        builder.Ignore(u => u.Label);
    }
}
