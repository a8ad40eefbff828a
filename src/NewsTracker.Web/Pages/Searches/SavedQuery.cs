using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using NewsTracker.Core.Following;
using NewsTracker.Core.Quotes;
using NewsTracker.Web.Api;

namespace NewsTracker.Web.Pages.Searches;

// A saved search is the /Quotes query string. It is read with the quote filters' shared binding (QuoteFilterQuery,
// which /api/quotes and the export use with the page's own parameter names), found through its [FromQuery] names so a
// filter added there is saved, counted and fed without a change here.
public static class SavedQuery
{
    private static readonly IReadOnlyList<(string Name, PropertyInfo Property)> Filters = typeof(QuoteFilterQuery).GetProperties()
        .Select(p => (Name: p.GetCustomAttribute<FromQueryAttribute>()?.Name, Property: p))
        .Where(f => f.Name is not null && f.Property.PropertyType == typeof(string))
        .Select(f => (f.Name!, f.Property))
        .ToList();

    // The filters of a /Quotes address in a fixed order, without the page number or anything that is not a filter;
    // errors gains a message for each malformed value ("kind must be …").
    public static string Canonical(string? query, Dictionary<string, string[]> errors)
    {
        var values = Read(query);
        ReadFilters(values).ToFilter(errors);
        return QueryString.Create(Filters
            .Where(f => values.ContainsKey(f.Name))
            .Select(f => KeyValuePair.Create(f.Name, (string?)values[f.Name]))).ToUriComponent().TrimStart('?');
    }

    // The quote filter a saved search stands for, one quote per statement as /Quotes lists them. Stored searches were
    // checked when saved; a value that no longer reads is left out rather than failing the whole list.
    public static QuoteFilter ToFilter(string query) =>
        ReadFilters(Read(query)).ToFilter([]) with { OnePerStatement = true };

    // "topic: energy · speaker: Lavrov", for the list and as the name of a search saved without one.
    public static string Describe(string query)
    {
        var values = Read(query);
        var parts = Filters.Where(f => values.ContainsKey(f.Name)).Select(f => $"{(f.Name == "q" ? "text" : f.Name)}: {values[f.Name]}").ToList();
        return parts.Count == 0 ? "All quotes" : string.Join(" · ", parts);
    }

    // A search saved without a name is called by its filters, shortened to fit.
    public static string DefaultName(string query)
    {
        var described = Describe(query);
        return described.Length <= SavedSearch.NameMaxLength ? described : described[..(SavedSearch.NameMaxLength - 1)] + "…";
    }

    // Filter names as /Quotes writes them (any case accepted), each once, blank values dropped.
    private static Dictionary<string, string> Read(string? query)
    {
        var parsed = QueryHelpers.ParseQuery(string.IsNullOrWhiteSpace(query) ? null : "?" + query.Trim().TrimStart('?'));
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, _) in Filters)
        {
            var match = parsed.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
            if (match.Value.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } value)
            {
                values[name] = value.Trim();
            }
        }

        return values;
    }

    private static QuoteFilterQuery ReadFilters(Dictionary<string, string> values)
    {
        var filters = new QuoteFilterQuery();
        foreach (var (name, property) in Filters)
        {
            if (values.TryGetValue(name, out var value))
            {
                property.SetValue(filters, value);
            }
        }

        return filters;
    }
}
