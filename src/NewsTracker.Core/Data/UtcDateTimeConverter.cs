using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsTracker.Core.Data;

// SQLite stores DateTime as text without a kind, so values came back Unspecified and were
// serialised without a "Z". Every stored time is UTC: read it back as UTC, and write local times as UTC.
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
