using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsTracker.Core.Data;

// SQLite stores DateTime as text without a kind, so values came back Unspecified and were
// serialised without a "Z". Every stored time is UTC: read it back as UTC, write local times as UTC, and
// write a time without a kind as the UTC it is (PostgreSQL's timestamptz refuses an Unspecified one).
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
