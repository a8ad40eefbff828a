using NewsTracker.Core.Extraction.Sieves;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Extraction;

// Reported speech: a speech verb with a content clause ("Stoltenberg has said that the alliance…",
// "The U.S. Secretary of State said last week that America…"), "according to X, …", "…, X said." and
// "…, said X." The clause is the quote; a quotation that fills the clause stays a direct quote only.
// Which patterns are tried, and in what order, is SieveOrder's reported-speech lists.
internal static class IndirectQuoteFinder
{
    private const int MinClauseWords = ReportedContext.MinClauseWords;

    // A "sentence" longer than this is no prose (a list, a table, junk) and holds no reported speech.
    private const int MaxSentenceTokens = 250;

    public static List<QuoteCandidate> Find(ArticleAnalysis a, IReadOnlyList<QuoteCandidate> directQuotes)
    {
        var context = new ReportedContext(a, new DirectQuoteIndex(a, directQuotes));
        var found = new List<QuoteCandidate>();
        var tokens = a.Tokens;
        var start = 0;
        while (start < tokens.Count)
        {
            var end = start + 1;
            while (end < tokens.Count && a.SentenceOf(end) == a.SentenceOf(start))
            {
                end++;
            }

            if (end - start <= MaxSentenceTokens)
            {
                FindInSentence(context, start, end, found);
            }

            start = end;
        }

        return found;
    }

    private static void FindInSentence(ReportedContext context, int start, int end, List<QuoteCandidate> found)
    {
        var a = context.Analysis;
        var tokens = a.Tokens;
        var text = a.Text;
        var last = end;
        while (last > start && tokens[last - 1].Kind == TokenKind.Punct && !QuoteMarks.IsMark(text[tokens[last - 1].Start]))
        {
            last--;
        }

        if (last - start < MinClauseWords + 1)
        {
            return;
        }

        context.BeginSentence(ReportedClause.SkipDateline(a, start, last), last);

        // A sentence an opening sieve reports is settled: its verbs are not searched.
        if (FirstQuote(context, SieveOrder.ReportedOpening, found))
        {
            return;
        }

        // One sentence can report twice: "…said X, noting that Y". At each speech verb the first sieve that
        // matches settles the verb, even when its clause proves too short to report.
        for (var k = context.Start + 1; k < last; k++)
        {
            var accusation = AccusedOfSieve.IsAccusation(context.Analysis, k) && !IsNegated(context.Analysis, k, context.Start);
            if (!accusation && !IsReportingVerb(context, k))
            {
                continue;
            }

            context.AtVerb(k);
            foreach (var sieve in accusation ? SieveOrder.ReportedAtAccusation : SieveOrder.ReportedAtVerb)
            {
                if (sieve.Try(context) is { } match)
                {
                    Report(context, match, found);
                    k = match.ResumeAfter;
                    break;
                }
            }
        }

        if (context.Reported.Count == 0)
        {
            FirstQuote(context, SieveOrder.ReportedClosing, found);
        }
    }

    // The first sieve of the list whose match gives a quote; a match too short to report leaves the sentence open.
    private static bool FirstQuote(ReportedContext context, IReadOnlyList<IReportedSieve> sieves, List<QuoteCandidate> found)
    {
        foreach (var sieve in sieves)
        {
            if (sieve.Try(context) is { } match && Report(context, match, found))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReportingVerb(ReportedContext context, int k)
    {
        var a = context.Analysis;
        return !a.InsideQuote(k) && a.IsSpeechVerb(k) && !Lexicon.QuoteOnlyVerbs.Contains(a.Text, a.Tokens[k])
            && !a.Tokens[k].Is(a.Text, "according") && !IsNegated(a, k, context.Start) && !context.Direct.IsAttributionVerb(k)
            && !RelativeClause.IsRequest(a, k);
    }

    // "did not say", "declined to say", "would never say", "has not yet said": nothing was reported. "An official who was
    // not named said" negates the naming: a word other than "to" or an adverb between them ends the search.
    private static bool IsNegated(ArticleAnalysis a, int verb, int start)
    {
        for (var k = verb - 1; k >= start && k >= verb - 3; k--)
        {
            var token = a.Tokens[k];
            if (k < verb - 1 && !a.Tokens[k + 1].Is(a.Text, "to") && !Lexicon.Auxiliaries.Contains(a.Text, a.Tokens[k + 1])
                && !a.Tokens[k + 1].Text(a.Text).EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }

            if (token.Is(a.Text, "not") || token.Is(a.Text, "never") || token.Is(a.Text, "declined") || token.Is(a.Text, "refused")
                || a.Text.AsSpan(token.Start, token.Length).EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                || a.Text.AsSpan(token.Start, token.Length).EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Report(ReportedContext context, ReportedMatch match, List<QuoteCandidate> found)
    {
        var candidate = match.GapFrom >= 0
            ? Interrupted(context, match)
            : Clause(context, match.From, match.To, match.Attribution);
        if (candidate is null)
        {
            return false;
        }

        found.Add(candidate);
        context.Add(match.Attribution);
        return true;
    }

    // "told reporters outside the court: “…”", "said only: “…”", "“…,” she told guests at the ceremony, “…”": a few
    // words of place, listener or manner, then a colon or a comma and a quotation to the clause's end, report nothing
    // of their own; the quotation is the direct quote.
    private static bool IsListenerBeforeQuote(ArticleAnalysis a, int from, int to)
    {
        const int MaxLeadWords = 5;
        var lead = 0;
        var k = from;
        while (k < to && !a.InsideQuote(k))
        {
            lead += a.Tokens[k].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
            k++;
        }

        if (k == to || lead > MaxLeadWords || k - 2 < from)
        {
            return false;
        }

        // k is the first quoted token; the colon or the comma stands before it, or before its opening mark.
        var before = a.Tokens[k - 1].Kind == TokenKind.Punct && QuoteMarks.IsMark(a.Text[a.Tokens[k - 1].Start]) ? a.Tokens[k - 2] : a.Tokens[k - 1];
        if (!(before.Is(a.Text, ':') || before.Is(a.Text, ',')))
        {
            return false;
        }

        for (var q = k; q < to; q++)
        {
            if (!a.InsideQuote(q) && a.Tokens[q].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    // "The new ferry, he insists, will be back …" with the attribution left out: the clause in two parts.
    private static QuoteCandidate? Interrupted(ReportedContext context, ReportedMatch match)
    {
        var a = context.Analysis;
        var head = a.Document.TrimClause(a.Tokens[match.From].Start, a.Tokens[match.GapFrom - 1].End);
        var tail = match.GapTo < match.To ? a.Document.TrimClause(a.Tokens[match.GapTo].Start, a.Tokens[match.To - 1].End) : default;
        if (head.Length == 0 || tail.Length == 0 || Words(a, match.From, match.GapFrom) + Words(a, match.GapTo, match.To) < MinClauseWords
            || context.Direct.Covers(head) || context.Direct.Covers(tail) || a.InsideQuote(match.From))
        {
            return null;
        }

        return new QuoteCandidate(QuoteKind.Indirect, [head, tail], match.Attribution.VerbToken) { Attribution = match.Attribution };
    }

    private static int Words(ArticleAnalysis a, int from, int to)
    {
        var words = 0;
        for (var k = from; k < to; k++)
        {
            words += a.Tokens[k].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        return words;
    }

    private static QuoteCandidate? Clause(ReportedContext context, int from, int to, Attribution attribution)
    {
        if (to - from < MinClauseWords)
        {
            return null;
        }

        var a = context.Analysis;
        var range = a.Document.TrimClause(a.Tokens[from].Start, a.Tokens[to - 1].End);
        if (range.Length == 0)
        {
            return null;
        }

        var quoted = 0;
        var words = 0;
        for (var k = from; k < to; k++)
        {
            if (a.Tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
                quoted += a.InsideQuote(k) ? 1 : 0;
            }
        }

        // A clause that is all quotation ("said that “we will never…”") is the direct quote; nothing is
        // reported around it. "said that Norway would “not accept…”" reports a clause of its own.
        if (words < MinClauseWords || (a.InsideQuote(from) && quoted * 10 >= words * 8) || IsListenerBeforeQuote(a, from, to))
        {
            return null;
        }

        if (context.Direct.Covers(range))
        {
            return null;
        }

        return new QuoteCandidate(QuoteKind.Indirect, [range], attribution.VerbToken) { Attribution = attribution };
    }
}
