using System.Globalization;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Api;

// The quote filters in the query string, shared by GET /api/quotes and GET /api/quotes/export so both read and check
// them alike. Everything binds as text and is checked here, so a malformed value becomes a 400 problem with a message
// instead of a binding failure.
public record QuoteFilterQuery(
    string? Speaker,
    string? Actor,
    string? Topic,
    string? Q,
    string? Kind,
    string? From,
    string? To)
{
    // The filter on its first page of the default size; errors gains a message per malformed value.
    public QuoteFilter ToFilter(Dictionary<string, string[]> errors)
    {
        QuoteKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            kind = Kind.Trim().ToUpperInvariant() switch
            {
                "DIRECT" => QuoteKind.Direct,
                "INDIRECT" => QuoteKind.Indirect,
                _ => null,
            };
            if (kind is null)
            {
                errors["kind"] = ["kind must be \"direct\" or \"indirect\"."];
            }
        }

        var from = ParseDate(From, "from", errors);
        var to = ParseDate(To, "to", errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors["to"] = ["to must not be before from."];
        }

        return new QuoteFilter(Clean(Speaker), Clean(Actor), Clean(Topic), Clean(Q), kind, DateFilter.Start(from), DateFilter.End(to));
    }

    private static DateOnly? ParseDate(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = [$"{name} must be a date written as yyyy-mm-dd."];
        return null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

// Query-string parameters of GET /api/quotes: the filters and a page.
public sealed record QuoteQuery(
    string? Speaker,
    string? Actor,
    string? Topic,
    string? Q,
    string? Kind,
    string? From,
    string? To,
    string? Page,
    string? PageSize) : QuoteFilterQuery(Speaker, Actor, Topic, Q, Kind, From, To)
{
    public Dictionary<string, string[]> Validate(out QuoteFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var page = ParseInt(Page, "page", 1, int.MaxValue, 1, errors, "page must be a whole number of 1 or more.");
        var pageSize = ParseInt(PageSize, "pageSize", 1, Paging.MaxPageSize, Paging.DefaultPageSize, errors,
            $"pageSize must be a whole number from 1 to {Paging.MaxPageSize}.");
        filter = ToFilter(errors) with { Page = page, PageSize = pageSize };
        return errors;
    }

    private static int ParseInt(string? text, string name, int min, int max, int fallback, Dictionary<string, string[]> errors, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [message];
        return fallback;
    }
}
