using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Audit;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.User).HasMaxLength(AuditEntry.UserMaxLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        builder.Property(e => e.Entity).HasMaxLength(AuditEntry.EntityMaxLength);
        builder.Property(e => e.Summary).HasMaxLength(AuditEntry.SummaryMaxLength);

        // The log is read newest first, per entity, per user, or by date.
        builder.HasIndex(e => new { e.Entity, e.EntityId, e.Id });
        builder.HasIndex(e => new { e.User, e.Id });
        builder.HasIndex(e => e.AtUtc);
    }
}
