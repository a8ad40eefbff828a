namespace NewsTracker.Core.Extraction;

// The direct quotes of an article, indexed for the questions reported speech asks of them.
internal sealed class DirectQuoteIndex
{
    private readonly HashSet<int> _attributionVerbs;
    private readonly SortedList<int, SpeakerPhrase> _speakers = [];
    private readonly List<QuoteCandidate> _byStart;

    public DirectQuoteIndex(ArticleAnalysis a, IReadOnlyList<QuoteCandidate> quotes)
    {
        // Only verbs that follow their quote ("…,” he said); in "warned that … “fragment”" the verb
        // also heads a reported clause, and so does the verb after a clause that only holds a fragment
        // ("Sanctions will come ‘within days’, the minister said").
        _attributionVerbs = quotes
            .Where(q => q.Attribution is not null && q.End <= a.Tokens[q.Attribution.VerbToken].Start && !IsFragmentInClause(a, q))
            .Select(q => q.Attribution!.VerbToken)
            .ToHashSet();
        _byStart = quotes.OrderBy(q => q.Start).ToList();
        foreach (var quote in quotes.Where(q => q.Attribution is not null))
        {
            _speakers.TryAdd(quote.Attribution!.VerbToken, quote.Attribution.Phrase);
        }
    }

    // A quotation whose opening mark follows a word of its own sentence: part of a clause, not the statement.
    private static bool IsFragmentInClause(ArticleAnalysis a, QuoteCandidate quote)
    {
        var mark = a.Document.TokenIndexAt(quote.Start) - 1;
        if (mark < 1 || a.Tokens[mark].Kind != TokenKind.Punct || !QuoteMarks.IsMark(a.Text[a.Tokens[mark].Start]))
        {
            return false;
        }

        var before = a.Tokens[mark - 1];
        return before.Kind is TokenKind.Word or TokenKind.Number && a.SentenceOf(mark - 1) == a.SentenceOf(mark) && !a.InsideQuote(mark - 1);
    }

    // "“…,” said Dr. Anna Berger, an analyst" and "“…,” he said": the verb belongs to a direct quote.
    public bool IsAttributionVerb(int verb) => _attributionVerbs.Contains(verb);

    // "“…,” Liu said, adding that Beijing…": the speaker of the quote just before speaks on.
    public SpeakerPhrase? AttributionBefore(int verb, int sentenceStart)
    {
        for (var i = _speakers.Count - 1; i >= 0; i--)
        {
            var at = _speakers.Keys[i];
            if (at < verb)
            {
                return at >= sentenceStart && verb - at <= 8 ? _speakers.Values[i] : null;
            }
        }

        return null;
    }

    // Whether one direct quote spans the whole range: only the quotes starting at or before it can.
    public bool Covers(TextRange range)
    {
        int lo = 0, hi = _byStart.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_byStart[mid].Start <= range.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo - 1; i >= 0 && i >= lo - 8; i--)
        {
            if (_byStart[i].End >= range.End)
            {
                return true;
            }
        }

        return false;
    }
}
