using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Attention;

// What a comparison may ask for: one kind of thing at a time, two to four of them, dates in order.
public static class CompareRules
{
    public const int Fewest = 2;

    public const int Most = 4;

    public const int NameMaxLength = 200;

    public static IReadOnlyList<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    // The kind compared and the names as typed, or why the request cannot be charted (field by field).
    public static (QuoteFacetKind Kind, IReadOnlyList<string> Names, IReadOnlyList<FieldError> Refused) Read(CompareRequest request)
    {
        var lists = new[]
            {
                (Kind: QuoteFacetKind.Speaker, Field: "speakers", Names: Split(request.Speakers)),
                (Kind: QuoteFacetKind.Actor, Field: "actors", Names: Split(request.Actors)),
                (Kind: QuoteFacetKind.Topic, Field: "topics", Names: Split(request.Topics)),
            }
            .Where(l => l.Names.Count > 0)
            .ToList();
        var refused = new List<FieldError>();
        if (lists.Count == 0)
        {
            return (QuoteFacetKind.Speaker, [], [new FieldError("speakers", "Name two to four speakers, actors or topics to compare, separated by commas.")]);
        }

        if (lists.Count > 1)
        {
            refused.Add(new FieldError(lists[1].Field, "Compare speakers, actors or topics: one kind at a time."));
        }

        var (kind, field, names) = lists[0];
        if (names.Count < Fewest)
        {
            refused.Add(new FieldError(field, $"Name at least two {Plural(kind)} to compare, separated by commas."));
        }
        else if (names.Count > Most)
        {
            refused.Add(new FieldError(field, $"Compare at most four {Plural(kind)} at a time; {names.Count} were named."));
        }

        if (names.FirstOrDefault(n => n.Length > NameMaxLength) is not null)
        {
            refused.Add(new FieldError(field, $"A name can be at most {NameMaxLength} characters."));
        }

        if (DatesOutOfOrder(request.FromUtc, request.ToUtc))
        {
            refused.Add(new FieldError("to", DatesOutOfOrderMessage));
        }

        return (kind, names, refused);
    }

    public const string DatesOutOfOrderMessage = "The end date is before the start date.";

    // ToUtc is exclusive: a range of one day ends the midnight after it starts.
    public static bool DatesOutOfOrder(DateTime? fromUtc, DateTime? toUtc) => fromUtc is { } from && toUtc is { } to && to <= from;

    public static string Singular(QuoteFacetKind kind) => kind switch
    {
        QuoteFacetKind.Speaker => "speaker",
        QuoteFacetKind.Topic => "topic",
        _ => "actor",
    };

    public static string Plural(QuoteFacetKind kind) => Singular(kind) + "s";
}
