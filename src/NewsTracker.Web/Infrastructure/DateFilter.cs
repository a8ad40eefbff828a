namespace NewsTracker.Web.Infrastructure;

// Dates typed into a filter are whole UTC days; QuoteFilter takes instants, and its end is exclusive.
public static class DateFilter
{
    public static DateTime? Start(DateOnly? from) => from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    // "To 12 Feb" includes all of 12 Feb, so the filter ends at the next midnight. The last day a DateOnly
    // can hold has no next midnight, and every date is before its end anyway: no end.
    public static DateTime? End(DateOnly? to) =>
        to is { } day && day < DateOnly.MaxValue ? day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
}
