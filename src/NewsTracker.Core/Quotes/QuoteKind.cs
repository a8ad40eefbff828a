namespace NewsTracker.Core.Quotes;

public enum QuoteKind
{
    Direct = 0,
    Indirect = 1,
}

// The newsroom's words for the kinds, wherever a reader sees one (cards, filters, charts, tables). Addresses and the
// API keep their values, "direct" and "indirect": outside tools and saved links read those.
public static class QuoteKindLabels
{
    public const string Direct = "Direct quote";
    public const string Reported = "Reported speech";

    public static string Of(QuoteKind kind) => kind == QuoteKind.Indirect ? Reported : Direct;
}
