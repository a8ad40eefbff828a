using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class QuoteCorrectionConfiguration : IEntityTypeConfiguration<QuoteCorrection>
{
    public void Configure(EntityTypeBuilder<QuoteCorrection> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.QuoteKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.QuoteText).HasMaxLength(Quote.TextMaxLength);
        builder.Property(c => c.CreatedBy).HasMaxLength(QuoteCorrection.CreatedByMaxLength);

        // A deleted article takes its corrections with it (the audit log keeps what they were).
        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Actor>().WithMany().HasForeignKey(c => c.SpeakerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.ArticleId, c.Id });
    }
}
