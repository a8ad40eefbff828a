namespace NewsTracker.Core.Extraction;

// Looks beside a quotation for the speech verb and the speaker phrase, in the orders the press uses:
// quote–verb–speaker ("…," said Lavrov), quote–speaker–verb ("…," Lavrov said), speaker–verb: quote
// (Lavrov said: "…"), "according to" either side, and a quoted fragment inside reported speech.
internal static class AttributionFinder
{
    private const int MaxWindow = 45;

    // "On the CSTO: “…”" introduces a topic, not a speaker.
    private static readonly WordSet TopicWords = new("on in at about regarding re for of to from with over asked");
    private const int MaxGapAfterVerb = 12;

    public static Attribution? After(ArticleAnalysis a, QuoteSpan span, out int windowEnd)
    {
        var tokens = a.Tokens;
        var start = a.Document.TokenIndexAt(span.OuterEnd);
        var paragraphEnd = a.Document.Paragraphs[a.Document.ParagraphIndexAt(span.OuterEnd > 0 ? span.OuterEnd - 1 : 0)].End;
        var limit = start;
        while (limit < tokens.Count && limit - start < MaxWindow && tokens[limit].Start < paragraphEnd
            && !IsOpeningMark(a, limit) && !a.EndsSentence(limit))
        {
            limit++;
        }

        windowEnd = limit;
        var s = start;
        while (s < limit && tokens[s].Kind == TokenKind.Punct && a.Text[tokens[s].Start] is ',' or '—' or '–' or '-' or ';')
        {
            s++;
        }

        if (s >= limit)
        {
            return null;
        }

        if (AttributionCues.LengthAt(a, s, limit) is > 0 and var cueAfter)
        {
            var source = SpeakerPhraseParser.After(a, s + cueAfter, limit);
            return source is null ? null : new Attribution(source, "quote-according-to", s);
        }

        if (a.IsSpeechVerb(s))
        {
            var inverted = SpeakerPhraseParser.After(a, s + 1, limit);
            return inverted is null ? null : new Attribution(inverted, "quote-verb-speaker", s);
        }

        for (var v = s + 1; v < limit && v - s <= 2 * MaxGapAfterVerb; v++)
        {
            if (!a.IsSpeechVerb(v))
            {
                continue;
            }

            var phrase = SpeakerPhraseParser.Before(a, v, s);
            return phrase is not null && phrase.StartToken == s ? new Attribution(phrase, "quote-speaker-verb", v) : null;
        }

        return null;
    }

    public static Attribution? Before(ArticleAnalysis a, QuoteSpan span, out bool fragment)
    {
        fragment = false;
        var tokens = a.Tokens;
        var open = a.Document.TokenIndexAt(span.OpenMark);
        var paragraphStart = a.Document.Paragraphs[a.Document.ParagraphIndexAt(span.OpenMark)].Start;
        var floor = open;
        while (floor - 1 >= 0 && open - floor < 2 * MaxWindow && !a.EndsSentence(floor - 1) && !IsClosingMark(a, floor - 1)
            && tokens[floor - 1].Start >= paragraphStart)
        {
            floor--;
        }

        floor = ReportedClause.SkipDateline(a, floor, open);
        if (floor >= open)
        {
            return null;
        }

        if (AttributionCues.LengthAt(a, floor, open) is > 0 and var cueBefore)
        {
            var source = SpeakerPhraseParser.After(a, floor + cueBefore, open);
            return source is null ? null : new Attribution(source, "according-to-quote", floor);
        }

        // "- Serbian President Nemanja Lukić: “…”": a name and a colon, as liveblogs and summaries write it.
        if (tokens[open - 1].Is(a.Text, ':') && open - 1 > floor && !HasSpeechVerb(a, floor, open - 1)
            && SpeakerPhraseParser.Before(a, open - 1, floor) is { Form: SpeakerForm.Name or SpeakerForm.Organisation } named
            && !TopicWords.Contains(a.Text, tokens[named.StartToken]))
        {
            return new Attribution(named, "name-colon", open - 1);
        }

        // The nearest speech verb before the quote; a quoted fragment may sit far into its reported clause.
        for (var v = open - 1; v >= floor; v--)
        {
            var characterises = open - v <= 4 && Lexicon.CharacterisationVerbs.Contains(a.Text, tokens[v]);
            if (a.InsideQuote(v) || (!a.IsSpeechVerb(v) && !characterises) || Lexicon.Auxiliaries.Contains(a.Text, tokens[v]))
            {
                continue;
            }

            var phrase = SpeakerPhraseParser.Before(a, v, floor)
                ?? (characterises ? null : SpeakerPhraseParser.After(a, v + 1, open));
            if (phrase is null || (phrase.Form == SpeakerForm.Pronoun && phrase.StartToken > v && phrase.Pronoun is "it" or "they"))
            {
                continue;
            }

            var last = tokens[open - 1];
            var introduced = last.Is(a.Text, ':') || last.Is(a.Text, ',') || open - 1 == v;
            fragment = !introduced;
            return new Attribution(phrase, introduced ? "speaker-verb-quote" : "reported-fragment", v);
        }

        return null;
    }

    // "… “with every means at our disposal” to any incursion, according to a summary issued by the prime
    // minister's office." and "…, in the words of Dr. Lena Holt."
    public static Attribution? LaterInSentence(ArticleAnalysis a, QuoteSpan span)
    {
        var tokens = a.Tokens;
        var start = a.Document.TokenIndexAt(span.OuterEnd);
        var sentence = a.SentenceOf(Math.Max(0, start - 1));
        for (var k = start; k + 2 < tokens.Count && a.SentenceOf(k) == sentence && k - start < 40; k++)
        {
            if (a.InsideQuote(k) || !tokens[k].Is(a.Text, ','))
            {
                continue;
            }

            var cue = AttributionCues.LengthAt(a, k + 1, tokens.Count, closing: true);
            if (cue == 0)
            {
                continue;
            }

            var source = k + 1 + cue;

            var end = source;
            while (end < tokens.Count && a.SentenceOf(end) == sentence && !a.EndsSentence(end) && end - source < 14)
            {
                end++;
            }

            var phrase = end > source ? SpeakerPhraseParser.Describe(a, source, end) : null;
            return phrase is null ? null : new Attribution(phrase, "according-to-later", k + 1);
        }

        return null;
    }

    private static bool HasSpeechVerb(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!a.InsideQuote(k) && a.IsSpeechVerb(k))
            {
                return true;
            }
        }

        return false;
    }

    // The closing mark of a full quotation (one a statement ends in) bounds the next quote's context;
    // a scare quote's closing mark does not.
    private static bool IsClosingMark(ArticleAnalysis a, int tokenIndex)
    {
        var token = a.Tokens[tokenIndex];
        if (token.Kind != TokenKind.Punct || !QuoteMarks.IsDouble(a.Text[token.Start]) || token.Start == 0)
        {
            return false;
        }

        var before = a.Text[token.Start - 1];
        return before is ',' or '.' or '!' or '?' or '…';
    }

    public static bool IsOpeningMark(ArticleAnalysis a, int tokenIndex)
    {
        var token = a.Tokens[tokenIndex];
        return token.Kind == TokenKind.Punct && QuoteMarks.IsDouble(a.Text[token.Start])
            && QuoteMarks.DoubleRole(a.Text, token.Start, 0, a.Text.Length) != MarkRole.Close;
    }
}
