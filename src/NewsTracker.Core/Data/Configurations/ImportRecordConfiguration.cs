using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Imports;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.ToTable("Imports");
        builder.Property(i => i.User).HasMaxLength(ImportRecord.UserMaxLength);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportRecordLineConfiguration : IEntityTypeConfiguration<ImportRecordLine>
{
    public void Configure(EntityTypeBuilder<ImportRecordLine> builder)
    {
        builder.ToTable("ImportLines");
        builder.Property(l => l.Source).HasMaxLength(ImportRecordLine.SourceMaxLength);
        builder.Property(l => l.Title).HasMaxLength(ImportRecordLine.TitleMaxLength);
        builder.Property(l => l.Messages).HasMaxLength(ImportRecordLine.MessagesMaxLength);

        // A report's page reads its lines in upload order.
        builder.HasIndex(l => new { l.ImportId, l.Position });
    }
}
