using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(Quote.TextMaxLength);
        builder.Property(q => q.SpeakerAsWritten).HasMaxLength(Quote.SpeakerAsWrittenMaxLength);
        builder.Property(q => q.AttributionRule).HasMaxLength(Quote.AttributionRuleMaxLength);
        builder.Property(q => q.SourceDescription).HasMaxLength(Quote.SourceDescriptionMaxLength);
        builder.Property(q => q.SourceAffiliation).HasMaxLength(Quote.SourceAffiliationMaxLength);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);

        builder.HasOne(q => q.Article)
            .WithMany(a => a.Quotes)
            .HasForeignKey(q => q.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasOne(q => q.Speaker)
            .WithMany(a => a.QuotesSpoken)
            .HasForeignKey(q => q.SpeakerId)
            .OnDelete(DeleteBehavior.SetNull);

        builder.HasOne(q => q.Statement)
            .WithMany(s => s.Reports)
            .HasForeignKey(q => q.StatementId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(q => q.Actors).WithMany(a => a.QuotesMentioning).UsingEntity("QuoteActors");
        builder.HasMany(q => q.Topics).WithMany(t => t.Quotes).UsingEntity("QuoteTopics");

        builder.HasIndex(q => new { q.ArticleId, q.StartOffset });

        // Newest first, overall and per speaker; a statement's reports in order for one-per-statement lists.
        builder.HasIndex(q => new { q.ReportedUtc, q.Id });
        builder.HasIndex(q => new { q.SpeakerId, q.ReportedUtc, q.Id });
        builder.HasIndex(q => new { q.StatementId, q.Id });
    }
}
