using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Extraction;

// Reported speech: a speech verb with a content clause ("Stoltenberg has said that the alliance…",
// "The U.S. Secretary of State said last week that America…"), "according to X, …", "…, X said." and
// "…, said X." The clause is the quote; a quotation that fills the clause stays a direct quote only.
internal static class IndirectQuoteFinder
{
    private const int MinClauseWords = 4;
    private const int MaxGapToThat = 12;

    // A "sentence" longer than this is no prose (a list, a table, junk) and holds no reported speech.
    private const int MaxSentenceTokens = 250;

    public static List<QuoteCandidate> Find(ArticleAnalysis a, IReadOnlyList<QuoteCandidate> directQuotes)
    {
        var direct = new DirectIndex(a, directQuotes);
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
                FindInSentence(a, start, end, direct, found);
            }

            start = end;
        }

        return found;
    }

    private static void FindInSentence(ArticleAnalysis a, int start, int end, DirectIndex direct, List<QuoteCandidate> found)
    {
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

        start = ReportedClause.SkipDateline(a, start, last);
        var first = found.Count;
        if (AccordingToFirst(a, start, last, direct) is { } according)
        {
            found.Add(according);
            return;
        }

        // One sentence can report twice: "…said X, noting that Y".
        for (var k = start + 1; k < last; k++)
        {
            if (a.InsideQuote(k) || !a.IsSpeechVerb(k) || Lexicon.QuoteOnlyVerbs.Contains(text, tokens[k])
                || tokens[k].Is(text, "according") || IsNegated(a, k, start) || AttributesQuotation(a, k, start, direct))
            {
                continue;
            }

            var clauseStart = ClauseStart(a, k, last);
            if (found.Count == first && clauseStart < 0 && tokens[k - 1].Is(text, ',') && k - 1 - start >= MinClauseWords && !IsTell(a, k)
                && !ContainsQuotation(a, start, k - 1) && ReportedClause.CanStart(a, start, k - 1)
                && SpeakerPhraseParser.After(a, k + 1, last) is { } inverted && inverted.Form != SpeakerForm.Anonymous)
            {
                Add(found, Clause(a, start, k - 1, new Attribution(inverted, "clause-verb-speaker", k), direct));
                continue;
            }

            // Without a clause after the verb, only "…, X said" is left, which needs a comma before the subject.
            if (clauseStart < 0 && (found.Count != first || !HasComma(a, start + MinClauseWords, k)))
            {
                continue;
            }

            var afterComma = tokens[k - 1].Is(text, ',');
            var subject = SpeakerPhraseParser.Before(a, k, start)
                ?? PreviousSubject(found, first, k, afterComma)
                ?? (afterComma ? direct.AttributionBefore(k, start) : null);
            if (subject is null)
            {
                continue;
            }

            if (clauseStart >= 0)
            {
                var clauseEnd = ClauseEnd(a, clauseStart, last);
                Add(found, Clause(a, clauseStart, clauseEnd, new Attribution(subject, "speaker-verb-clause", k), direct));
                k = Math.Max(k, clauseEnd - 1);
                continue;
            }

            var comma = subject.StartToken - 1;
            if (found.Count == first && comma - start >= MinClauseWords && tokens[comma].Is(text, ',') && !ContainsQuotation(a, start, comma)
                && ReportedClause.CanStart(a, start, comma))
            {
                Add(found, Clause(a, start, comma, new Attribution(subject, "clause-speaker-verb", k), direct));
            }
        }

        if (found.Count == first)
        {
            Add(found, AccordingToLast(a, start, last, direct));
        }
    }

    // ", noting that …" continues the sentence's speaker.
    private static SpeakerPhrase? PreviousSubject(List<QuoteCandidate> found, int first, int verb, bool afterComma) =>
        afterComma && found.Count > first && found[^1].Attribution is { } previous && previous.VerbToken < verb ? previous.Phrase : null;

    private static void Add(List<QuoteCandidate> found, QuoteCandidate? candidate)
    {
        if (candidate is not null)
        {
            found.Add(candidate);
        }
    }

    // "According to the Kremlin, the talks…"
    private static QuoteCandidate? AccordingToFirst(ArticleAnalysis a, int start, int last, DirectIndex direct)
    {
        var tokens = a.Tokens;
        var cue = AttributionCues.LengthAt(a, start, last);
        if (cue == 0)
        {
            return null;
        }

        var comma = start + cue;
        while (comma < last && !tokens[comma].Is(a.Text, ','))
        {
            comma++;
        }

        if (comma >= last || comma == start + cue || comma - start > 16)
        {
            return null;
        }

        var source = SpeakerPhraseParser.Describe(a, start + cue, comma);
        return Clause(a, comma + 1, ClauseEnd(a, comma + 1, last), new Attribution(source, "according-to", start), direct);
    }

    // "…, according to three officials briefed on the plan."
    private static QuoteCandidate? AccordingToLast(ArticleAnalysis a, int start, int last, DirectIndex direct)
    {
        var tokens = a.Tokens;
        for (var k = start + MinClauseWords; k + 3 < last; k++)
        {
            if (tokens[k].Is(a.Text, ',') && AttributionCues.LengthAt(a, k + 1, last) is > 0 and var cue)
            {
                var sourceEnd = k + 1 + cue;
                while (sourceEnd < last && !tokens[sourceEnd].Is(a.Text, ','))
                {
                    sourceEnd++;
                }

                if (sourceEnd == k + 1 + cue)
                {
                    // ", according to , …": no source named.
                    continue;
                }

                var source = SpeakerPhraseParser.Describe(a, k + 1 + cue, sourceEnd);
                return Clause(a, start, k, new Attribution(source, "clause-according-to", k + 1), direct);
            }
        }

        return null;
    }

    // After "told" stands the listener, never the speaker.
    private static bool IsTell(ArticleAnalysis a, int verb) => a.Tokens[verb].Is(a.Text, "told") || a.Tokens[verb].Is(a.Text, "tells");

    // "did not say", "declined to say", "would never say": nothing was reported.
    private static bool IsNegated(ArticleAnalysis a, int verb, int start)
    {
        for (var k = verb - 1; k >= start && k >= verb - 3; k--)
        {
            var token = a.Tokens[k];
            if (token.Is(a.Text, "not") || token.Is(a.Text, "never") || token.Is(a.Text, "declined") || token.Is(a.Text, "refused")
                || a.Text.AsSpan(token.Start, token.Length).EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                || a.Text.AsSpan(token.Start, token.Length).EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "“…,” said Dr. Anna Berger, an analyst" and "“…,” he said": the verb belongs to a direct quote.
    private static bool AttributesQuotation(ArticleAnalysis a, int verb, int start, DirectIndex direct) =>
        verb - start >= 0 && direct.IsAttributionVerb(verb);

    // Where the content clause begins after the verb, or -1 when the verb takes no clause here.
    private static int ClauseStart(ArticleAnalysis a, int verb, int last)
    {
        var tokens = a.Tokens;
        var text = a.Text;
        var k = verb + 1;
        if (k >= last || tokens[k].Is(text, ':') || Sieves.QuoteContext.IsOpeningMark(a, k))
        {
            return -1;
        }

        // "was quoted as saying by a local broadcaster that …"
        if (tokens[verb].Is(text, "quoted") && k + 1 < last && tokens[k].Is(text, "as") && a.IsSpeechVerb(k + 1))
        {
            k += 2;
        }

        for (var t = k; t < last && t - k <= MaxGapToThat; t++)
        {
            // "said he understood their fears but that …": a clause has already begun; its own "that" is later.
            if (a.InsideQuote(t) || tokens[t].Is(text, ';') || a.IsSpeechVerb(t) || Lexicon.Pronouns.Contains(text, tokens[t]))
            {
                break;
            }

            if (tokens[t].Is(text, "that") && t + 1 < last && !tokens[t + 1].Is(text, ','))
            {
                return t + 1;
            }
        }

        if (!Lexicon.ThatOptionalVerbs.Contains(text, tokens[verb]))
        {
            return -1;
        }

        if (tokens[verb].Is(text, "told") || tokens[verb].Is(text, "tells"))
        {
            k = ReportedClause.RecipientEnd(a, k, last);
            if (k < 0)
            {
                return -1;
            }
        }

        k = ReportedClause.SkipAdverbials(a, k, last);
        if (k >= last || tokens[k].Is(text, "to") || tokens[k].Kind == TokenKind.Punct)
        {
            return -1;
        }

        return ReportedClause.CanStart(a, k, last) ? k : -1;
    }

    // The reported clause stops where the sentence turns back to the speaker:
    // ", rejecting suggestions…", ", without giving details", "… and urged Beijing to…".
    private static int ClauseEnd(ArticleAnalysis a, int from, int last)
    {
        for (var k = from + MinClauseWords; k < last; k++)
        {
            if (a.InsideQuote(k))
            {
                continue;
            }

            var token = a.Tokens[k];
            if (token.Is(a.Text, ';'))
            {
                return k;
            }

            if ((token.Is(a.Text, ',') || token.Is(a.Text, '—') || token.Is(a.Text, '–')) && k + 1 < last && ReportedClause.StartsTail(a, k + 1))
            {
                return k;
            }

            if (token.Is(a.Text, "and") && k + 1 < last && ReportedClause.IsSpeakerAction(a, k + 1))
            {
                return k;
            }
        }

        return last;
    }

    private static bool HasComma(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (a.Tokens[k].Is(a.Text, ','))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsQuotation(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (a.InsideQuote(k))
            {
                return true;
            }
        }

        return false;
    }

    private static QuoteCandidate? Clause(ArticleAnalysis a, int from, int to, Attribution attribution, DirectIndex direct)
    {
        if (to - from < MinClauseWords)
        {
            return null;
        }

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
        if (words < MinClauseWords || (a.InsideQuote(from) && quoted * 10 >= words * 8))
        {
            return null;
        }

        if (direct.Covers(range))
        {
            return null;
        }

        return new QuoteCandidate(QuoteKind.Indirect, [range], attribution.VerbToken) { Attribution = attribution };
    }

    // The direct quotes, indexed for the questions reported speech asks of them.
    private sealed class DirectIndex
    {
        private readonly HashSet<int> _attributionVerbs;
        private readonly SortedList<int, SpeakerPhrase> _speakers = [];
        private readonly List<QuoteCandidate> _byStart;

        public DirectIndex(ArticleAnalysis a, IReadOnlyList<QuoteCandidate> quotes)
        {
            // Only verbs that follow their quote ("…,” he said); in "warned that … “fragment”" the verb
            // also heads a reported clause.
            _attributionVerbs = quotes
                .Where(q => q.Attribution is not null && q.End <= a.Tokens[q.Attribution.VerbToken].Start)
                .Select(q => q.Attribution!.VerbToken)
                .ToHashSet();
            _byStart = quotes.OrderBy(q => q.Start).ToList();
            foreach (var quote in quotes.Where(q => q.Attribution is not null))
            {
                _speakers.TryAdd(quote.Attribution!.VerbToken, quote.Attribution.Phrase);
            }
        }

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
}
