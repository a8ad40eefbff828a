using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTracker.Core.Attention;

namespace NewsTracker.Core.Data.Configurations;

internal sealed class MonthlyCountConfiguration : IEntityTypeConfiguration<MonthlyCount>
{
    // No foreign key: FacetId names an actor or a topic by Kind. A subject's months are one range of the key.
    public void Configure(EntityTypeBuilder<MonthlyCount> builder) =>
        builder.HasKey(c => new { c.Kind, c.FacetId, c.MonthUtc, c.TopicId });
}
