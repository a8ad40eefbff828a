using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Accounts;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.Property(t => t.Name).HasMaxLength(ApiToken.NameMaxLength);
        builder.Property(t => t.Hash).HasMaxLength(ApiToken.HashLength);
        builder.Property(t => t.Prefix).HasMaxLength(ApiToken.PrefixLength);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
