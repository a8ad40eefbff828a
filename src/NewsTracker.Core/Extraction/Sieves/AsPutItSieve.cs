namespace NewsTracker.Core.Extraction.Sieves;

// As X put it, “…” and “…,” as X put it: the words are X's, whatever verb the sentence has.
internal sealed class AsPutItSieve : IAttributionSieve
{
    public const string Rule = "as-put-it";

    private const int MaxPhraseTokens = 8;

    public string Name => Rule;

    public Attribution? Try(QuoteContext context)
    {
        var a = context.Analysis;
        if (context.HasWordsAfter && a.Tokens[context.AfterStart].Is(a.Text, "as") && PutIt(a, context.AfterStart + 1, context.AfterLimit) is { } after)
        {
            return After(context, context.AfterStart + 1, after);
        }

        for (var k = context.Floor; k < context.Open; k++)
        {
            if (a.Tokens[k].Is(a.Text, "as") && PutIt(a, k + 1, context.Open) is { } put && OnlyAsidesBetween(a, put + 2, context.Open))
            {
                return After(context, k + 1, put);
            }
        }

        return null;
    }

    // "as Quist put it", and "as veteran campaigner Maria Lund put it": read back from "put" as a subject is, the
    // title before the name included.
    private static Attribution? After(QuoteContext context, int start, int put) =>
        (SpeakerPhraseParser.Before(context.Analysis, put, start) ?? SpeakerPhraseParser.After(context.Analysis, start, put)) is { } phrase
            ? new Attribution(phrase, Rule, put)
            : null;

    // The "put" of "put it" within a speaker phrase's reach of `from`.
    private static int? PutIt(ArticleAnalysis a, int from, int limit)
    {
        for (var p = from + 1; p + 1 < limit && p - from <= MaxPhraseTokens; p++)
        {
            if (a.Tokens[p].Is(a.Text, "put") && a.Tokens[p + 1].Is(a.Text, "it"))
            {
                return p;
            }
        }

        return null;
    }

    // "As X put it bluntly, “…”", "As X put it in a post: “…”" stops at the colon: at most a few words before the quote.
    private static bool OnlyAsidesBetween(ArticleAnalysis a, int from, int open)
    {
        var words = 0;
        for (var k = from; k < open; k++)
        {
            if (a.Tokens[k].Kind == TokenKind.Word && ++words > 5)
            {
                return false;
            }
        }

        return true;
    }
}
