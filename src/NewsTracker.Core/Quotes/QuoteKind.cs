namespace NewsTracker.Core.Quotes;

public enum QuoteKind
{
    Direct = 0,
    Indirect = 1,
}
