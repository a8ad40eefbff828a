using System.Globalization;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Api;

// Query-string parameters of GET /api/quotes. Everything binds as text and is checked here, so a
// malformed value becomes a 400 problem with a message instead of a binding failure.
public sealed record QuoteQuery(
    string? Speaker,
    string? Actor,
    string? Topic,
    string? Q,
    string? Kind,
    string? From,
    string? To,
    string? Page,
    string? PageSize,
    string? Sort = null)
{
    public Dictionary<string, string[]> Validate(out QuoteFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var page = ParseInt(Page, "page", 1, int.MaxValue, 1, errors, "page must be a whole number of 1 or more.");
        var pageSize = ParseInt(PageSize, "pageSize", 1, Paging.MaxPageSize, Paging.DefaultPageSize, errors,
            $"pageSize must be a whole number from 1 to {Paging.MaxPageSize}.");

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

        var sort = QuoteSort.Newest;
        if (!string.IsNullOrWhiteSpace(Sort))
        {
            switch (Sort.Trim().ToUpperInvariant())
            {
                case "RELEVANCE":
                    sort = QuoteSort.Relevance;
                    break;
                case "NEWEST":
                    break;
                default:
                    errors["sort"] = ["sort must be \"newest\" or \"relevance\"."];
                    break;
            }
        }

        var from = ParseDate(From, "from", errors);
        var to = ParseDate(To, "to", errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors["to"] = ["to must not be before from."];
        }

        filter = new QuoteFilter(
            Clean(Speaker),
            Clean(Actor),
            Clean(Topic),
            Clean(Q),
            kind,
            DateFilter.Start(from),
            DateFilter.End(to),
            page,
            pageSize,
            Sort: sort);
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
