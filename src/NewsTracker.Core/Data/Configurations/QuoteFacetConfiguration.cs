using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class QuoteFacetConfiguration : IEntityTypeConfiguration<QuoteFacet>
{
    public void Configure(EntityTypeBuilder<QuoteFacet> builder)
    {
        builder.HasKey(f => new { f.Kind, f.FacetId, f.ReportedUtc, f.QuoteId });

        // For checking a second filter on a quote found through the first, and for deleting a quote's rows.
        builder.HasIndex(f => new { f.QuoteId, f.Kind, f.FacetId }).IsUnique();

        builder.HasOne<Quote>()
            .WithMany()
            .HasForeignKey(f => f.QuoteId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
