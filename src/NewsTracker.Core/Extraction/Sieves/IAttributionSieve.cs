namespace NewsTracker.Core.Extraction.Sieves;

// One attribution rule: finds the speaker phrase a quotation belongs to, or leaves it for the next sieve.
// Its Name is the rule stored on the quote (ExtractedQuote.Rule) and the key of its row in SieveConfidence.
internal interface IAttributionSieve
{
    string Name { get; }

    Attribution? Try(QuoteContext context);
}
