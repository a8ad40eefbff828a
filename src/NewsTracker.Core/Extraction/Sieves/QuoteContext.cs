namespace NewsTracker.Core.Extraction.Sieves;

// What the attribution sieves read about one quotation: the window after its closing mark (to the end of
// its sentence, paragraph or 45 tokens) and the window before its opening mark (back to the sentence or
// paragraph start). Searches several sieves share are done once, on first use.
internal sealed class QuoteContext
{
    private const int MaxWindow = 45;

    private int _afterCue = -1;
    private int _beforeCue = -1;
    private bool _searchedBefore;
    private Attribution? _nearestBefore;

    public QuoteContext(ArticleAnalysis analysis, QuoteSpan span)
    {
        Analysis = analysis;
        Span = span;
        var tokens = analysis.Tokens;
        var document = analysis.Document;

        var start = document.TokenIndexAt(span.OuterEnd);
        var paragraphEnd = document.Paragraphs[document.ParagraphIndexAt(span.OuterEnd > 0 ? span.OuterEnd - 1 : 0)].End;
        var limit = start;
        while (limit < tokens.Count && limit - start < MaxWindow && tokens[limit].Start < paragraphEnd
            && !IsOpeningMark(analysis, limit) && !analysis.EndsSentence(limit))
        {
            limit++;
        }

        AfterLimit = limit;
        var s = start;
        while (s < limit && tokens[s].Kind == TokenKind.Punct && analysis.Text[tokens[s].Start] is ',' or '—' or '–' or '-' or ';')
        {
            s++;
        }

        AfterStart = s;

        Open = document.TokenIndexAt(span.OpenMark);
        var paragraphStart = document.Paragraphs[document.ParagraphIndexAt(span.OpenMark)].Start;
        var floor = Open;
        while (floor - 1 >= 0 && Open - floor < 2 * MaxWindow && !analysis.EndsSentence(floor - 1) && !IsClosingMark(analysis, floor - 1)
            && tokens[floor - 1].Start >= paragraphStart)
        {
            floor--;
        }

        Floor = ReportedClause.SkipDateline(analysis, floor, Open);
    }

    public ArticleAnalysis Analysis { get; }

    public QuoteSpan Span { get; }

    // The first token after the closing mark and its punctuation, and the end of the window after the quote.
    public int AfterStart { get; }

    public int AfterLimit { get; }

    public bool HasWordsAfter => AfterStart < AfterLimit;

    // The opening mark's token, and the start of the window before it.
    public int Open { get; }

    public int Floor { get; }

    public bool HasWordsBefore => Floor < Open;

    // Tokens of an "according to" cue right after the quote (0 when none).
    public int CueAfter => _afterCue >= 0 ? _afterCue
        : _afterCue = HasWordsAfter ? AttributionCues.LengthAt(Analysis, AfterStart, AfterLimit) : 0;

    // Tokens of an "according to" cue opening the window before the quote (0 when none).
    public int CueBefore => _beforeCue >= 0 ? _beforeCue
        : _beforeCue = HasWordsBefore ? AttributionCues.LengthAt(Analysis, Floor, Open) : 0;

    // The colon right before the opening mark that brings the quotation in ("X was blunt: “…”"), with at least
    // `minTokens` tokens of the window before it and no "according to" cue opening the window; -1 when there is none.
    public int IntroducingColon(int minTokens)
    {
        var colon = Open - 1;
        return HasWordsBefore && CueBefore <= 0 && colon - Floor >= minTokens && Analysis.Tokens[colon].Is(Analysis.Text, ':') ? colon : -1;
    }

    // "…," said Lavrov: the window after the quote opens with a speech verb.
    public bool VerbOpensAfter => HasWordsAfter && CueAfter == 0 && Analysis.IsSpeechVerb(AfterStart);

    // A quotation that ends its sentence ("…customers.” He noted…) belongs to the speaker who introduced it.
    public bool EndsSentence => Span.End > 0 && Analysis.Text[Span.End - 1] == '.' && Span.CloseMark >= 0;

    // The nearest speech verb before the quote with a readable speaker, for the speaker–verb–quote and
    // reported-fragment sieves; its rule says which of the two it is. Null when a cue opens the window.
    public Attribution? NearestSpeakerBefore()
    {
        if (!_searchedBefore)
        {
            _searchedBefore = true;
            _nearestBefore = HasWordsBefore && CueBefore == 0 ? FindNearestSpeakerBefore() : null;
        }

        return _nearestBefore;
    }

    public static bool IsOpeningMark(ArticleAnalysis a, int tokenIndex)
    {
        var token = a.Tokens[tokenIndex];
        return token.Kind == TokenKind.Punct && QuoteMarks.IsDouble(a.Text[token.Start])
            && QuoteMarks.DoubleRole(a.Text, token.Start, 0, a.Text.Length) != MarkRole.Close;
    }

    // The nearest speech verb before the quote; a quoted fragment may sit far into its reported clause.
    private Attribution? FindNearestSpeakerBefore()
    {
        var a = Analysis;
        var tokens = a.Tokens;
        for (var v = Open - 1; v >= Floor; v--)
        {
            var characterises = Lexicon.CharacterisationVerbs.Contains(a.Text, tokens[v]) && (Open - v <= 4 || FrameReachesQuote(v));
            var putsIt = PutsIt(v);
            // "X accused the government of turning the base into “…” while the army “…”": the accuser's words.
            var accuses = AccusedOfSieve.AccusesActively(a, v);
            if (a.InsideQuote(v) || (!a.IsSpeechVerb(v) && !characterises && !putsIt && !accuses) || Lexicon.Auxiliaries.Contains(a.Text, tokens[v]))
            {
                continue;
            }

            // "…, saying Vienna “…”": after a participle comes what was said, never an inverted speaker.
            var phrase = SpeakerPhraseParser.Before(a, v, Floor)
                ?? (characterises || putsIt || accuses || a.IsPresentParticiple(v) ? null : SpeakerPhraseParser.After(a, v + 1, Open));
            if (phrase is null || (phrase.Form == SpeakerForm.Pronoun && phrase.StartToken > v && phrase.Pronoun is "it" or "they")
                || IsObjectOfVerb(phrase, v))
            {
                continue;
            }

            // "Marr said the council had argued that the ferry line was “…”": words quoted inside a report within a report
            // are the outer speaker's, whom the writer is quoting.
            if (phrase.StartToken > Floor && phrase.StartToken <= v && OuterReport(phrase.StartToken) is { } outer)
            {
                (phrase, v) = outer;
            }

            // "The MEP bristled when Berg pointed to the rules: “…”": a speaker in a clause of time answers to the one
            // whose speech verb the clause hangs on.
            if (phrase.StartToken > Floor && phrase.StartToken <= v && TimeClauses.Contains(a.Text, tokens[phrase.StartToken - 1])
                && MainClauseSpeaker(phrase.StartToken - 1) is { } main)
            {
                (phrase, v) = main;
            }

            var last = tokens[Open - 1];
            var introduced = last.Is(a.Text, ':') || last.Is(a.Text, ',') || Open - 1 == v;
            return new Attribution(phrase, introduced ? SpeakerVerbQuoteSieve.Rule : ReportedFragmentSieve.Rule, v);
        }

        // "In his words, the West “has lost touch”": the words' owner opening the sentence.
        return InTheirWordsSieve.Source(a, Floor, Open, out _) is { } owner
            ? new Attribution(owner, ReportedFragmentSieve.Rule, Floor)
            : FrameBefore();
    }

    // The speaker of a report whose content clause opens at `start` ("said [that] New Delhi had …").
    private (SpeakerPhrase Phrase, int Verb)? OuterReport(int start)
    {
        var a = Analysis;
        var v = start - 1;
        if (v > Floor && a.Tokens[v].Is(a.Text, "that"))
        {
            v--;
        }

        return v >= Floor && !a.InsideQuote(v) && a.IsSpeechVerb(v) && !ReportedContext.IsTell(a, v)
            && SpeakerPhraseParser.Before(a, v, Floor) is { Form: not SpeakerForm.Anonymous } outer
            ? (outer, v)
            : null;
    }

    private static readonly WordSet TimeClauses = new("when as after while once whenever", indexed: false);

    // The subject of a speech verb right before a clause of time, in the same sentence: "bristled" in "The MEP bristled
    // when …".
    private (SpeakerPhrase Phrase, int Verb)? MainClauseSpeaker(int subordinator)
    {
        var a = Analysis;
        for (var v = subordinator - 1; v >= Floor && subordinator - v <= 3; v--)
        {
            if (!a.InsideQuote(v) && a.IsSpeechVerb(v) && SpeakerPhraseParser.Before(a, v, Floor) is { } phrase)
            {
                return (phrase, v);
            }
        }

        return null;
    }

    // "Holm's verdict is blunter: the levy is “a toll booth”": a fragment inside the clause a noun frame and a colon
    // report (FrameColonSieve), with no speech verb before it.
    private Attribution? FrameBefore()
    {
        var a = Analysis;
        for (var colon = Open - 2; colon > Floor + 1; colon--)
        {
            if (a.Tokens[colon].Is(a.Text, ':') && !a.InsideQuote(colon))
            {
                return FrameColonSieve.NounFrameSource(a, Floor, colon) is { Form: not SpeakerForm.Anonymous } source
                    ? new Attribution(source, ReportedFragmentSieve.Rule, colon)
                    : null;
            }
        }

        return null;
    }

    // "X put it bluntly: “…”", "X puts it this way: “…”": the idiom introduces speech when a colon opens the quote
    // a few words on (not "put it on the table").
    private bool PutsIt(int verb)
    {
        var (a, tokens) = (Analysis, Analysis.Tokens);
        return verb + 1 < Open && Open - verb <= 12 && tokens[Open - 1].Is(a.Text, ':')
            && (tokens[verb].Is(a.Text, "put") || tokens[verb].Is(a.Text, "puts")) && tokens[verb + 1].Is(a.Text, "it");
    }

    // "accusing the port board of “…”", "likened the new ferry timetable to “…”", "called his proposal for island
    // ferries “…”": the characterising verb's object runs straight into the quote, with no clause between (no comma,
    // colon or other speech verb), so the fragment is the frame's; a few words of object at most.
    private bool FrameReachesQuote(int verb)
    {
        var (a, tokens) = (Analysis, Analysis.Tokens);
        if (Open - verb > 10)
        {
            return false;
        }

        for (var k = verb + 1; k < Open; k++)
        {
            var token = tokens[k];
            var abbreviation = token.Is(a.Text, '.') && k + 1 < Open && char.IsUpper(a.Text[tokens[k + 1].Start]);
            if ((token.Kind == TokenKind.Punct && !abbreviation) || a.IsSpeechVerb(k))
            {
                return false;
            }
        }

        return true;
    }

    // "… and urged Hanoi to “…”": a name after the verb and before "to" is who was urged, not who spoke; the
    // speaker is further back ("X said … and urged"). An inverted attribution ("said the minister") never
    // continues with "to".
    private bool IsObjectOfVerb(SpeakerPhrase phrase, int verb) =>
        phrase.StartToken > verb && phrase.EndToken < Open && Analysis.Tokens[phrase.EndToken].Is(Analysis.Text, "to");

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
}
