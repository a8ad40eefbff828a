using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Archive;

// The filter-index rows of a stored quote (its ids filled in): what QuoteService's filters look up.
public static class QuoteFacets
{
    // The rows themselves, each carrying what the filters read without the quote (its date, statement and kind).
    public static IEnumerable<QuoteFacet> RowsOf(Quote quote) =>
        Of(quote).Select(f => new QuoteFacet
        {
            Kind = f.Kind,
            FacetId = f.Id,
            ReportedUtc = quote.ReportedUtc,
            QuoteId = quote.Id,
            StatementId = quote.StatementId,
            QuoteKind = quote.Kind,
        });

    public static IEnumerable<(QuoteFacetKind Kind, int Id)> Of(Quote quote)
    {
        var involved = new HashSet<int>();
        if ((quote.Speaker?.Id ?? quote.SpeakerId) is { } speakerId and not 0)
        {
            yield return (QuoteFacetKind.Speaker, speakerId);
            involved.Add(speakerId);
            if ((quote.Speaker?.Affiliation?.Id ?? quote.Speaker?.AffiliationId) is { } affiliation and not 0)
            {
                involved.Add(affiliation);
            }
        }

        foreach (var actor in quote.Actors)
        {
            involved.Add(actor.Id);
        }

        foreach (var id in involved)
        {
            yield return (QuoteFacetKind.Actor, id);
        }

        foreach (var topic in quote.Topics)
        {
            yield return (QuoteFacetKind.Topic, topic.Id);
        }
    }
}
