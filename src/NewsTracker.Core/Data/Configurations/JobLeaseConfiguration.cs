using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Jobs;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(JobLease.NameMaxLength);
        builder.Property(l => l.Holder).HasMaxLength(JobLease.HolderMaxLength);
    }
}
