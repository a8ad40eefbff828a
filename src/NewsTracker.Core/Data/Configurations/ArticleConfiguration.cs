using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Articles;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength);
        builder.Property(a => a.Outlet).HasMaxLength(Article.OutletMaxLength);
        builder.Property(a => a.Url).HasMaxLength(Article.UrlMaxLength);
        builder.Property(a => a.Author).HasMaxLength(Article.AuthorMaxLength);
        builder.Property(a => a.ContentHash).HasMaxLength(Article.ContentHashLength).IsFixedLength();

        builder.HasIndex(a => a.Url).IsUnique().HasFilter("\"Url\" IS NOT NULL");
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.PublishedUtc);
        builder.HasIndex(a => a.AddedUtc);
        builder.HasIndex(a => new { a.ReportedUtc, a.Id });
        builder.HasIndex(a => a.Title);

        builder.HasMany(a => a.Topics).WithMany(t => t.Articles).UsingEntity("ArticleTopics");
    }
}
