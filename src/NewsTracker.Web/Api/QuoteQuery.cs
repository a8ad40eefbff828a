using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Api;

// The quote filters in the query string, shared by GET /api/quotes and GET /api/quotes/export so both read and check
// them alike. Everything binds as text and is checked here, so a malformed value becomes a 400 problem with a message
// instead of a binding failure. A class, not a positional record: attributes on a record's constructor parameters
// break the OpenAPI document (dotnet/aspnetcore#65348).
public sealed class QuoteFilterQuery
{
    [FromQuery(Name = "speaker"), Description("The speaker: an actor's id, slug, name or alias, or a word of the name.")]
    public string? Speaker { get; init; }

    [FromQuery(Name = "actor"), Description("An actor the quote involves (said by it or its people, or naming it): an id, slug, name or alias.")]
    public string? Actor { get; init; }

    [FromQuery(Name = "topic"), Description("A topic's id, slug or name.")]
    public string? Topic { get; init; }

    [FromQuery(Name = "q"), Description("Words in the quote: \"a phrase\", a OR b, -excluded, prefix*; a topic's name also finds its quotes.")]
    public string? Q { get; init; }

    [FromQuery(Name = "kind"), Description("\"direct\" or \"indirect\" (reported speech).")]
    public string? Kind { get; init; }

    [FromQuery(Name = "from"), Description("The first day, yyyy-mm-dd (included); leaves undated articles out.")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("The last day, yyyy-mm-dd (included); leaves undated articles out.")]
    public string? To { get; init; }

    [FromQuery(Name = "outlet"), Description("The outlet that published the article, as written on it (any case).")]
    public string? Outlet { get; init; }

    [FromQuery(Name = "affiliation"), Description("Quotes by anyone affiliated with this actor (or by the actor itself): an id, slug, name or alias.")]
    public string? Affiliation { get; init; }

    [FromQuery(Name = "minConfidence"), Description("The lowest extraction confidence to include, from 0 to 1.")]
    public string? MinConfidence { get; init; }

    [FromQuery(Name = "sort"), Description("\"newest\" (the default) or \"relevance\" (best match to q first).")]
    public string? Sort { get; init; }

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

        double? confidence = null;
        if (!string.IsNullOrWhiteSpace(MinConfidence))
        {
            if (double.TryParse(MinConfidence.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                confidence = value;
            }
            else
            {
                errors["minConfidence"] = ["minConfidence must be a number from 0 to 1, such as 0.8."];
            }
        }

        return new QuoteFilter(Clean(Speaker), Clean(Actor), Clean(Topic), Clean(Q), kind, DateFilter.Start(from), DateFilter.End(to),
            Sort: sort, Outlet: Clean(Outlet), Affiliation: Clean(Affiliation), MinConfidence: confidence);
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

// page and pageSize of a list, checked like the filters: an empty value takes the default, anything else that is not a
// whole number in range is a 400 problem naming the parameter.
public sealed class PageQuery
{
    [FromQuery(Name = "page"), Description("The page, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize"), Description("Items a page, 1 to 200; 25 unless given.")]
    public string? PageSize { get; init; }

    public (int Page, int PageSize) Validate(Dictionary<string, string[]> errors) =>
        (ParseInt(Page, "page", 1, int.MaxValue, 1, errors, "page must be a whole number of 1 or more."),
         ParseInt(PageSize, "pageSize", 1, Paging.MaxPageSize, Paging.DefaultPageSize, errors, $"pageSize must be a whole number from 1 to {Paging.MaxPageSize}."));

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
