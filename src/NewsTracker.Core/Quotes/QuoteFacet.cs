namespace NewsTracker.Core.Quotes;

// What a quote can be filtered by, one row per speaker, involved actor and topic, ordered by date inside
// each: a filtered list newest first reads one index range and stops at the page, however large the archive.
// A read index kept in step by the writers (the batch store, re-tagging); the quote and its links stay the record.
public sealed class QuoteFacet
{
    public QuoteFacetKind Kind { get; set; }
    public int FacetId { get; set; }
    public DateTime ReportedUtc { get; set; }
    public int QuoteId { get; set; }

    // The quote's statement, copied (a quote never changes statement): a list of one quote per statement tests each
    // row against the statement's later reports without reading the quote itself.
    public int StatementId { get; set; }

    // The quote's kind, copied for the same reason (a kind changes only when the quote is stored again): filtering a
    // speaker's direct quotes reads the rows alone, not each quote.
    public QuoteKind QuoteKind { get; set; }

    // Whether the quote's statement has another report (RepeatedStatements keeps it in step). Most statements are
    // reported once: a one-per-statement list looks for a later report only on the rows that say there is one.
    public bool Repeated { get; set; }
}

public enum QuoteFacetKind
{
    // The actor who said it.
    Speaker = 1,

    // An actor the quote involves: named in it, its speaker, or the organisation its speaker speaks for.
    Actor = 2,

    Topic = 3,
}
