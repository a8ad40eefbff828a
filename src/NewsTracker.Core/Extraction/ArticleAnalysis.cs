namespace NewsTracker.Core.Extraction;

// Everything the extractor learns about one article, computed once and shared by every step.
internal sealed class ArticleAnalysis
{
    private static readonly WordSet RetortVerbs = new("shot fired hit snapped pushed shoots fires hits");
    private static readonly WordSet PointVerbs = new("point points pointing", indexed: false);
    private static readonly WordSet NounMarkers = new("a an the his her its their our my your this these those every any no each another");

    private readonly bool[] _insideQuote;
    private readonly int[] _sentence;
    private readonly bool[] _closesQuote;
    private ArticlePeople? _people;

    public ArticleAnalysis(ArticleDocument document, CompiledCatalogue catalogue, IReadOnlyList<ArticlePerson>? headlinePeople = null)
    {
        Document = document;
        Catalogue = catalogue;
        HeadlinePeople = headlinePeople ?? [];
        Spans = QuoteMarkPairer.Pair(document);
        _insideQuote = new bool[document.Tokens.Count];
        foreach (var span in Spans)
        {
            var from = document.TokenIndexAt(span.OpenMark);
            for (var t = from; t < document.Tokens.Count && document.Tokens[t].Start < span.OuterEnd; t++)
            {
                _insideQuote[t] = true;
            }
        }

        _closesQuote = new bool[document.Tokens.Count];
        foreach (var span in Spans.Where(s => s.CloseMark >= 0))
        {
            var t = document.TokenIndexAt(span.CloseMark);
            if (t < _closesQuote.Length && document.Tokens[t].Start == span.CloseMark)
            {
                _closesQuote[t] = true;
            }
        }

        _sentence = new int[document.Tokens.Count];
        NumberSentences();
    }

    public ArticleDocument Document { get; }

    // People the headline names ("…: NATO chief Jens Stoltenberg"): the article may only say "he" of them.
    public IReadOnlyList<ArticlePerson> HeadlinePeople { get; }

    public CompiledCatalogue Catalogue { get; }

    public List<QuoteSpan> Spans { get; }

    public string Text => Document.Text;

    public List<Token> Tokens => Document.Tokens;

    public ArticlePeople People => _people ??= new ArticlePeople(this);

    // Speaker phrases already described, by their token span and appositive (SpeakerPhraseParser.Describe).
    public Dictionary<(int Start, int End, int AppositiveStart, int AppositiveEnd), SpeakerPhrase> Described { get; } = [];

    // False outside the body too: the headline's people are mentions at -1 (ArticlePeople).
    public bool InsideQuote(int tokenIndex) => tokenIndex >= 0 && tokenIndex < _insideQuote.Length && _insideQuote[tokenIndex];

    public int SentenceOf(int tokenIndex) =>
        tokenIndex < 0 ? -1 : tokenIndex < _sentence.Length ? _sentence[tokenIndex] : int.MaxValue;

    // The comma that closes an appositive opened by the comma at `open` ("Ana Ruiz, 58, said"), within `maxTokens` and the
    // sentence; -1 when `open` is no comma or none closes it.
    public int AppositiveClose(int open, int maxTokens)
    {
        if (open < 0 || open >= Tokens.Count || !Tokens[open].Is(Text, ','))
        {
            return -1;
        }

        for (var k = open + 1; k < Tokens.Count && k - open <= maxTokens && SentenceOf(k) == SentenceOf(open); k++)
        {
            if (Tokens[k].Is(Text, ','))
            {
                return k;
            }
        }

        return -1;
    }

    // Where a sentence's main clause starts after an opening clause set off by a comma ("Pressed on the levy, the minister
    // …", "Speaking in Oslo, Ada Quist …"): the token after the comma, within `maxTokens` of `start` and the sentence, with
    // no quotation before it; `start` itself when there is none.
    public int AfterOpeningClause(int start, int maxTokens)
    {
        for (var k = start + 1; k < Tokens.Count && k - start <= maxTokens && SentenceOf(k) == SentenceOf(start); k++)
        {
            if (InsideQuote(k))
            {
                return start;
            }

            if (Tokens[k].Is(Text, ','))
            {
                return k + 1 < Tokens.Count && SentenceOf(k + 1) == SentenceOf(start) ? k + 1 : start;
            }
        }

        return start;
    }

    // The first and the last token of the sentence that holds `tokenIndex`.
    public int SentenceStart(int tokenIndex)
    {
        var sentence = SentenceOf(tokenIndex);
        while (tokenIndex > 0 && SentenceOf(tokenIndex - 1) == sentence)
        {
            tokenIndex--;
        }

        return tokenIndex;
    }

    public int SentenceEnd(int tokenIndex)
    {
        var sentence = SentenceOf(tokenIndex);
        while (tokenIndex + 1 < Tokens.Count && SentenceOf(tokenIndex + 1) == sentence)
        {
            tokenIndex++;
        }

        return tokenIndex;
    }

    // A speech verb, not the noun it can also be: "Dorsey's pledge", "a warning", "the report", "dismissed claims".
    // "Let us recall that …" is the writer's aside, no one's report.
    public bool IsSpeechVerb(int index) =>
        index < Tokens.Count && char.IsLower(Text[Tokens[index].Start])
        && !(index >= 2 && Tokens[index - 1].Is(Text, "us") && Tokens[index - 2].Is(Text, "let"))
        && ((Lexicon.SpeechVerbs.Contains(Text, Tokens[index])
            && !(index > 0 && (Tokens[index - 1].Kind == TokenKind.Possessive || NounMarkers.Contains(Text, Tokens[index - 1])
                || (index > 1 && NounMarkers.Contains(Text, Tokens[index - 2]) && DocumentAdjectives.Contains(Text, Tokens[index - 1]))
                || (Tokens[index - 1].Is(Text, "to") && ForBefore(index - 1) < 0 && SubjectEnd(index) == index) || IsObjectOfVerb(index))))
            || IsParticleVerb(index));

    // "in its formal reply", "in an emailed response": how the words were sent, before a speech verb's noun.
    private static readonly WordSet DocumentAdjectives = new("written emailed e-mailed formal separate terse lengthy detailed", indexed: false);

    // "The council dismissed claims that …": a verb's "-s" form right after a past tense is that verb's object, a noun;
    // so is one after "the" and a state's adjective ("called the Polish claims “…”"; "the Kremlin claims" is a verb).
    private bool IsObjectOfVerb(int index)
    {
        var word = Tokens[index].Span(Text);
        var before = Tokens[index - 1];
        if (word.Length <= 3 || word[^1] != 's' || !before.IsWord)
        {
            return false;
        }

        if (char.IsUpper(Text[before.Start]))
        {
            return index >= 2 && Lexicon.Determiners.Contains(Text, Tokens[index - 2])
                && Catalogue.DemonymOf(before.Span(Text)) is { } demonym && before.Span(Text).Equals(demonym, StringComparison.Ordinal);
        }

        return before.Length > 4 && before.Span(Text).EndsWith("ed", StringComparison.Ordinal);
    }

    // "Voss went on to say that …": "go on to" carries its subject to the verb; the token of "went", or -1.
    public int GoesOnBefore(int toToken) =>
        toToken >= 2 && Tokens[toToken - 1].Is(Text, "on") && GoVerbs.Contains(Text, Tokens[toToken - 2]) ? toToken - 2 : -1;

    // Where the speech verb's subject ends: right before the verb, before "went" in "went on to say", or before the
    // habit in "liked to say", "used to say" (what the speaker said again and again).
    public int SubjectEnd(int verb)
    {
        if (verb < 2 || !Tokens[verb - 1].Is(Text, "to"))
        {
            return verb;
        }

        return GoesOnBefore(verb - 1) is >= 0 and var went ? went
            : HabitVerbs.Contains(Text, Tokens[verb - 2]) ? verb - 2
            : verb;
    }

    private static readonly WordSet GoVerbs = new("go goes went gone going", indexed: false);

    // "would like to say" is no report: only the forms that tell a habit.
    private static readonly WordSet HabitVerbs = new("likes liked loves loved used", indexed: false);

    // "The crowd waited for Mayor Lund to announce that …": the "for" a few words before the "to" at toToken, with only
    // words (and abbreviation points) between, one of them a name or a pronoun ("for now to say" is no speaker),
    // or -1. A verb after "to" otherwise reports nothing ("refused to say").
    public int ForBefore(int toToken)
    {
        var named = false;
        for (var k = toToken - 1; k >= 0 && toToken - k <= 6; k--)
        {
            var token = Tokens[k];
            if (token.Is(Text, "for"))
            {
                return named ? k : -1;
            }

            named |= token.IsCapitalized(Text) || Lexicon.Pronouns.Contains(Text, token);

            if (!token.IsWord && !token.Is(Text, '.'))
            {
                return -1;
            }
        }

        return -1;
    }

    // "Speaking to reporters", "Asked about…": a participle opening a phrase — not "Beijing" or "Wyoming".
    // "saying", "warning": a participle in -ing.
    public bool IsPresentParticiple(int index) =>
        IsParticiple(index) && Tokens[index].Span(Text).EndsWith("ing", StringComparison.Ordinal);

    public bool IsParticiple(int index)
    {
        var token = Tokens[index];
        var span = token.Span(Text);
        if (token.Kind != TokenKind.Word || span.Length <= 4
            || !(span.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || span.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "Retired colonel Ivo Tamm", "retired teacher Aino Lund": the word describes the title of the name it opens.
        if (span.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && index + 2 < Tokens.Count
            && (Lexicon.TitleWords.Contains(Text, Tokens[index + 1]) || Lexicon.RoleNouns.Contains(Text, Tokens[index + 1]) || PeopleNouns.IsTrade(Text, Tokens[index + 1]))
            && Tokens[index + 2].IsCapitalized(Text) && Names.IsNamePart(this, index + 2))
        {
            return false;
        }

        if (char.IsLower(span[0]))
        {
            return true;
        }

        if (Catalogue.TryMatchAlias(Text, Tokens, index, Math.Min(Tokens.Count, index + 4), out _, out _)
            || index + 1 >= Tokens.Count || Tokens[index + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        // "Speaking by telephone, …"; "Opening Leaders' Questions, the opposition leader said": an -ing word opening a
        // sentence before capitalised words is a participle too, unless the words are a name ("Browning Hall said").
        return char.IsLower(Text[Tokens[index + 1].Start])
            || (span.EndsWith("ing", StringComparison.Ordinal) && span.Length > 6 && StartsSentence(index)
                && FirstNames.Of(span) == Gender.Unknown && !SpeechVerbFollows(index + 1) && CommaBeforeVerb(index + 1));
    }

    public bool StartsSentence(int index) => index == 0 || SentenceOf(index - 1) != SentenceOf(index);

    // The opening phrase ends at a comma within a few words: "Opening Leaders' Questions, …".
    private bool CommaBeforeVerb(int index)
    {
        for (var k = index; k < Tokens.Count && k < index + 5; k++)
        {
            if (Tokens[k].Is(Text, ','))
            {
                return k > index;
            }
        }

        return false;
    }

    // A verb whose speech is in its particle: "shot back", "fired back"; "points out" ("pointed" alone is a speech verb,
    // "points" alone is mostly the noun). The particle stands for the verb; the subject is before the pair.
    public bool IsParticleVerb(int index) =>
        index > 0 && ((Tokens[index].Is(Text, "back") && RetortVerbs.Contains(Text, Tokens[index - 1]))
            || (Tokens[index].Is(Text, "out") && PointVerbs.Contains(Text, Tokens[index - 1])));

    // Whether a speech verb follows, allowing auxiliaries between: "Lavrov has repeatedly said".
    public bool SpeechVerbFollows(int index)
    {
        for (var k = index; k < Tokens.Count && k < index + 4; k++)
        {
            if (IsSpeechVerb(k))
            {
                return true;
            }

            if (!Lexicon.Auxiliaries.Contains(Text, Tokens[k]))
            {
                return false;
            }
        }

        return false;
    }

    // "EET" in "18:30 EET": a time zone after a time stamp.
    public bool IsTimeZone(int index) =>
        index > 0 && Tokens[index - 1].Kind == TokenKind.Number && Lexicon.TimeZones.Contains(Text, Tokens[index])
        && Names.IsAllCaps(Tokens[index].Span(Text));

    // A terminal mark ends a sentence unless it closes an abbreviation ("Gen.", "No.") or a quotation
    // that the attribution continues ("…ready!” Lavrov said).
    public bool EndsSentence(int index)
    {
        var token = Tokens[index];
        if (token.Kind != TokenKind.Punct || Text[token.Start] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        if (Text[token.Start] == '.' && index > 0 && Tokens[index - 1].End == token.Start
            && ((Lexicon.Abbreviations.Contains(Text, Tokens[index - 1]) && !IsNoBeforeNoNumber(index - 1) && !CompanyClosesSentence(index))
                || IsInitial(Tokens[index - 1])))
        {
            return false;
        }

        if (index + 1 >= Tokens.Count)
        {
            return true;
        }

        var next = Tokens[index + 1];
        var nextChar = Text[next.Start];
        if (next.Kind == TokenKind.Word && (char.IsLower(nextChar) || (Text[token.Start] == '.' && next.Start == token.End)))
        {
            // "(R-S.D.)", "U.N.": a full stop with a word right after it, no space, is inside an abbreviation.
            return false;
        }

        return !(next.Kind == TokenKind.Punct && nextChar is ',' or ';' or ')' or '.' or ':');
    }

    private static readonly WordSet CompanySuffixes = new("inc ltd co corp plc llc", indexed: false);

    // "… bought by Harbour Salt Ltd. A spokesman for the firm said": a company's suffix ends the sentence when a
    // determiner or a pronoun opens the next.
    private bool CompanyClosesSentence(int stop)
    {
        if (!CompanySuffixes.Contains(Text, Tokens[stop - 1]) || stop + 1 >= Tokens.Count)
        {
            return false;
        }

        var next = Tokens[stop + 1];
        return next.IsCapitalized(Text) && (Lexicon.Determiners.Contains(Text, next) || Lexicon.Pronouns.Contains(Text, next));
    }

    // "No. 10", "nos. 4 and 5" abbreviate "number"; "he would vote no." ends its sentence.
    private bool IsNoBeforeNoNumber(int word) =>
        (Tokens[word].Is(Text, "no") || Tokens[word].Is(Text, "nos")) && !(word + 2 < Tokens.Count && Tokens[word + 2].Kind == TokenKind.Number);

    // “We will not retreat.” Officials in Kyiv… : the quotation was a sentence of its own.
    private bool ClosesFinishedQuotation(int t)
    {
        var token = Tokens[t];
        if (!_closesQuote[t] || token.Start == 0 || Text[token.Start - 1] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        return t + 1 < Tokens.Count && Tokens[t + 1].IsCapitalized(Text) && !SpeechVerbFollows(t + 1) && !SpeechVerbFollows(t + 2)
            && !SpeechVerbFollows(t + 3);
    }

    private bool IsInitial(Token token) => token.Length == 1 && char.IsUpper(Text[token.Start]) && !Tokenizer.IsPlatformX(Text, token.Start);

    private void NumberSentences()
    {
        var sentence = 0;
        var paragraph = 0;
        for (var t = 0; t < Tokens.Count; t++)
        {
            var p = paragraph;
            while (p + 1 < Document.Paragraphs.Count && Document.Paragraphs[p + 1].Start <= Tokens[t].Start)
            {
                p++;
            }

            if (p != paragraph)
            {
                paragraph = p;
                if (!(t > 0 && _insideQuote[t] && _insideQuote[t - 1] && !_closesQuote[t - 1]))
                {
                    sentence++;
                }
            }

            _sentence[t] = sentence;
            if ((!_insideQuote[t] && EndsSentence(t)) || ClosesFinishedQuotation(t))
            {
                sentence++;
            }
        }
    }
}
