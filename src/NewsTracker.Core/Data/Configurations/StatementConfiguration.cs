using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Statements;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(Quotes.Quote.TextMaxLength);
        builder.HasIndex(s => s.Fingerprint);

        builder.HasOne(s => s.Speaker)
            .WithMany()
            .HasForeignKey(s => s.SpeakerId)
            .OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(s => s.Shingles)
            .WithOne(x => x.Statement)
            .HasForeignKey(x => x.StatementId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
