using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Statements;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class PositionChangeConfiguration : IEntityTypeConfiguration<PositionChange>
{
    public void Configure(EntityTypeBuilder<PositionChange> builder)
    {
        builder.HasKey(c => c.StatementId);
        builder.Property(c => c.Note).HasMaxLength(PositionChange.NoteMaxLength);
        builder.Property(c => c.MarkedBy).HasMaxLength(PositionChange.MarkedByMaxLength);

        // A statement that loses its last report is deleted, and its mark with it.
        builder.HasOne(c => c.Statement)
            .WithOne(s => s.PositionChange)
            .HasForeignKey<PositionChange>(c => c.StatementId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
