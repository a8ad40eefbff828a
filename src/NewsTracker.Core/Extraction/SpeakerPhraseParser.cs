using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// Finds the noun phrase that names a speaker next to a speech verb and says what kind of phrase it is.
internal static class SpeakerPhraseParser
{
    private const int MaxPhraseTokens = 12;

    private static readonly WordSet Connectors = new("of for");
    private static readonly WordSet Demonstratives = new("that this these those");
    private static readonly WordSet Weekdays = new("monday tuesday wednesday thursday friday saturday sunday yesterday today");
    private static readonly WordSet AdverbialWords = new("away later ago earlier afterwards meanwhile");
    private static readonly WordSet Subordinators = new("when as after while although though if since before because once until unless whereas");
    private static readonly WordSet StateGroupHeads = new("countries states nations governments capitals allies neighbours neighbors members");
    private static readonly WordSet PortfolioWords = new("""
        affairs defence defense trade energy economy economic finance interior justice health education agriculture
        industry commerce transport environment state staff political peacebuilding operations humanitarian
        development enlargement neighbourhood climate oceans fisheries labour labor culture tourism infrastructure
        housing digital technology science migration integration home foreign european international africa asia
        europe policy horn middle east region regional security peace disarmament refugees human rights
        emergency relief communications information strategic planning intelligence force forces
        """);
    private static readonly WordSet DocumentNouns = new("statement readout release communique communiqué transcript letter memo note declaration post posting bulletin");
    private static readonly WordSet PressUnits = new("service office centre center department secretariat team");
    private static readonly WordSet SourceLinks = new("released issued published put out by from of");
    private static readonly WordSet PostModifiers = new("in at from near for with on");
    private static readonly string[] PluralPersonSuffixes = ["ers", "ists", "ians", "ants", "ents", "ors"];
    private static readonly WordSet VerbWords = new("was were is are be been being has had have do does did will would can could may might must shall should");
    private static readonly WordSet StopWords = new("""
        by to from with at in on into onto about over under against between during after before was were is are
        be been being has had have do does did will would can could may might must shall should not also then
        """);
    private static readonly WordSet Prepositions = new("in at from with near on inside outside across within based close familiar");
    private static readonly WordSet ClauseWords = new("""
        that which who whom whose and but or nor while when because as if so after before since although though
        where whether than said says told added warned
        """);
    private static readonly WordSet IndefiniteWords = new("a an one two three several some many another other");
    private static readonly WordSet Adjectives = new("""
        top senior former chief deputy foreign defence defense military western european russian ukrainian american
        british french german chinese israeli iranian polish turkish european-union eu nato u.s. us un white house
        interior finance security national presidential prime state government ministry kremlin pentagon
        regional local leading veteran anonymous unnamed retired visiting outgoing incoming acting new
        """);

    // The subject of the speech verb at `end`, read back to `floor` (the sentence or clause start):
    // "Kovacs has also said", "Adm. Pieter Vos, the Dutch officer who leads …, said",
    // "Opposition leader Ana Ruiz — no relation to the mayor — said", "Okafor … and said".
    public static SpeakerPhrase? Before(ArticleAnalysis a, int end, int floor)
    {
        var e = SkipAuxiliariesBack(a, end, floor);
        if (e <= floor)
        {
            return null;
        }

        var last = a.Tokens[e - 1];
        if (IsAppositiveMark(a, last))
        {
            // "Okafor welcomed the talks, saying …": a participle after a comma speaks for the clause's subject.
            // "Adm. Pieter Vos, the Dutch officer who leads …, said": the subject is the clause's first
            // speaker-like chunk; the chunk after it is its appositive.
            if (a.IsPresentParticiple(end))
            {
                // "…, Energy Minister Ada Quist said on Tuesday, warning that …": after a content-first attribution
                // the participle speaks for that attribution's speaker, not for the sentence's grammatical subject.
                return AttributionBefore(a, e - 1, floor) ?? Meaningful(After(a, ClauseSubjectStart(a, floor, e - 1), e - 1));
            }

            return FirstChunk(a, floor, e - 1);
        }

        if ((last.Is(a.Text, "who") || last.Is(a.Text, "which")) && e - 2 > floor && IsAppositiveMark(a, a.Tokens[e - 2]))
        {
            // "Chile's Interior Minister Rosa Vidal, who had warned …": the relative pronoun's antecedent; "Gov. Anne
            // Holt, a Republican, who told …": an indefinite appositive describes the name before it.
            var described = Meaningful(Ending(a, e - 2, floor));
            if (described is { } appositive && StartsIndefinite(a, appositive.StartToken) && appositive.StartToken - 1 > floor
                && IsAppositiveMark(a, a.Tokens[appositive.StartToken - 1])
                && Meaningful(Ending(a, appositive.StartToken - 1, floor)) is { Form: SpeakerForm.Name } named)
            {
                return named;
            }

            return described;
        }

        if (RelativeClause.PronounBefore(a, e, floor) is var relative and > 0
            && Meaningful(Ending(a, relative, floor)) is { } antecedent)
        {
            return antecedent;
        }

        if (last.Is(a.Text, "to") && a.ForBefore(e - 1) is var forToken && forToken >= floor)
        {
            // "The crowd waited for Mayor Lund to announce that …": who is "for … to" speaks.
            return Meaningful(After(a, forToken + 1, e - 1));
        }

        if ((last.Is(a.Text, "and") || last.Is(a.Text, "but")) && e - 1 > floor)
        {
            // "Menon described the cap as … and said …", "… welcomed the deal but said …": the sentence's subject
            // speaks again.
            return Meaningful(After(a, floor, e - 1));
        }

        return Meaningful(Ending(a, e, floor));
    }

    // The speaker of "NAME said [on Tuesday]" standing between the previous comma and `comma`.
    private static SpeakerPhrase? AttributionBefore(ArticleAnalysis a, int comma, int floor)
    {
        var from = comma - 1;
        while (from > floor && !IsAppositiveMark(a, a.Tokens[from - 1]))
        {
            from--;
        }

        if (from <= floor)
        {
            return null;
        }

        for (var v = comma - 1; v > from && comma - v <= 4; v--)
        {
            if (a.IsSpeechVerb(v) && Before(a, v, from) is { Form: SpeakerForm.Name or SpeakerForm.Title or SpeakerForm.Organisation or SpeakerForm.Pronoun } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    private static SpeakerPhrase? Ending(ArticleAnalysis a, int e, int floor)
    {
        e = BeforePartyBracket(a, e, floor);
        // "Later she said", "On her blog he wrote": a pronoun right before the verb is the subject
        // whatever opens the sentence; not in "what he called", which speaks for the clause's subject.
        if (e - 1 > floor && Lexicon.Pronouns.Contains(a.Text, a.Tokens[e - 1]) && !ClauseWords.Contains(a.Text, a.Tokens[e - 2])
            && !a.Tokens[e - 2].Is(a.Text, "what"))
        {
            return Describe(a, e - 1, e);
        }

        // "He thanked Freedonia for what he called …": the clause's subject is the same pronoun, not "Freedonia".
        if (e - 2 > floor && a.Tokens[e - 2].Is(a.Text, "what") && Lexicon.Pronouns.Contains(a.Text, a.Tokens[e - 1])
            && ClauseSubjectStart(a, floor, e - 2) is var subject && subject < e - 2 && a.Tokens[subject].Is(a.Text, a.Tokens[e - 1].Text(a.Text)))
        {
            return Describe(a, subject, subject + 1);
        }

        var start = e - 1;
        while (start - 1 >= floor && e - start < MaxPhraseTokens)
        {
            if (!IsBoundary(a, start - 1) || ArticlePeople.PostingLength(a, start - 1) > 0)
            {
                start--;
            }
            else if (start - 2 >= floor && PostModifiers.Contains(a.Text, a.Tokens[start - 1]) && IsHeadNoun(a, start - 2))
            {
                // "A shipping industry source in Istanbul": the place belongs to the phrase, the head is "source".
                start -= 2;
            }
            else if (start - 3 >= floor && IsProximity(a, start - 2) && IsHeadNoun(a, start - 3))
            {
                // "sources close to the talks", "people familiar with the plans": the head is the people.
                start -= 3;
            }
            else
            {
                break;
            }
        }

        return start < e ? Describe(a, start, e) : null;
    }

    // "Rep. Lina Marsh (D-Ohio) said": the party and state in brackets describe the name before them.
    private static int BeforePartyBracket(ArticleAnalysis a, int e, int floor)
    {
        if (e - 1 <= floor || !a.Tokens[e - 1].Is(a.Text, ')'))
        {
            return e;
        }

        for (var open = e - 2; open > floor && e - open <= 8; open--)
        {
            if (a.Tokens[open].Is(a.Text, '('))
            {
                return open + 1 < e - 1 && PartyLexicon.IsPartyBracket(a.Text[a.Tokens[open + 1].Start..a.Tokens[e - 2].End]) ? open : e;
            }
        }

        return e;
    }

    private static bool IsProximity(ArticleAnalysis a, int k) =>
        (a.Tokens[k].Is(a.Text, "close") && a.Tokens[k + 1].Is(a.Text, "to"))
        || (a.Tokens[k].Is(a.Text, "familiar") && a.Tokens[k + 1].Is(a.Text, "with"));

    private static bool IsHeadNoun(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        return token.Kind == TokenKind.Word && (Lexicon.RoleNouns.Contains(a.Text, token) || Lexicon.AnonymousHeads.Contains(a.Text, token));
    }

    private static bool StartsIndefinite(ArticleAnalysis a, int k) => a.Tokens[k].Is(a.Text, "a") || a.Tokens[k].Is(a.Text, "an");

    // "Forty miles away in Concord, …", "Two days later, …": a chunk of place or time, never a speaker.
    private static bool IsAdverbial(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (AdverbialWords.Contains(a.Text, a.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static SpeakerPhrase? FirstChunk(ArticleAnalysis a, int floor, int end)
    {
        var chunkStart = floor;
        for (var c = floor; c <= end; c++)
        {
            if (c < end && !IsAppositiveMark(a, a.Tokens[c]))
            {
                continue;
            }

            // "…, where Senator Ruth Miller, …": a leading relative word does not belong to the name.
            var from = chunkStart;
            while (from < c && ClauseWords.Contains(a.Text, a.Tokens[from]))
            {
                from++;
            }

            // "Sen. Ann Holt (D-Vt.), the bill's author, said": the party bracket describes the name before it.
            var chunkEnd = c > from ? BeforePartyBracket(a, c, from) : c;
            if (chunkEnd > from && chunkEnd - from <= MaxPhraseTokens && !ContainsClause(a, from, chunkEnd) && !StartsWithParticiple(a, from)
                && !IsAdverbial(a, from, chunkEnd)
                && !Prepositions.Contains(a.Text, a.Tokens[from]) && !Subordinators.Contains(a.Text, a.Tokens[from]) && !a.Tokens[from].Is(a.Text, "at"))
            {
                var appositiveEnd = c + 1;
                while (appositiveEnd < end && !IsAppositiveMark(a, a.Tokens[appositiveEnd]))
                {
                    appositiveEnd++;
                }

                var phrase = c < end ? Describe(a, from, chunkEnd, c + 1, appositiveEnd) : Describe(a, from, chunkEnd);
                if (Meaningful(phrase) is not null)
                {
                    return phrase;
                }
            }

            chunkStart = c + 1;
        }

        return null;
    }

    // A phrase with nothing that can speak ("and", "the test") is no speaker.
    private static SpeakerPhrase? Meaningful(SpeakerPhrase? phrase) =>
        phrase is null || (phrase.Form == SpeakerForm.Anonymous && phrase.Role is null && !phrase.IsIndefinite) ? null : phrase;

    // Where the main clause's subject stands: after a dateline and after an opening "When …," or "On Tuesday,".
    public static int ClauseSubjectStart(ArticleAnalysis a, int floor, int end)
    {
        var start = ReportedClause.SkipDateline(a, floor, end);
        var first = a.Tokens[start];
        if (start < end && (Subordinators.Contains(a.Text, first) || TopicLikeStart(a, start)))
        {
            for (var k = start + 1; k < end; k++)
            {
                if (a.Tokens[k].Is(a.Text, ','))
                {
                    return k + 1;
                }
            }
        }

        return start;
    }

    private static bool TopicLikeStart(ArticleAnalysis a, int k)
    {
        var span = a.Tokens[k].Span(a.Text);
        return Prepositions.Contains(span) || StopWords.Contains(span) || a.IsParticiple(k);
    }

    private static int SkipAuxiliariesBack(ArticleAnalysis a, int end, int floor)
    {
        var k = end;
        if (end < a.Tokens.Count && a.IsRetort(end) && end - 1 >= floor)
        {
            // "Ms. Calderón shot back": the subject stands before "shot".
            k = end - 1;
        }

        // "Arun Mehta on Friday said": the day between the subject and its verb.
        if (k - 2 >= floor && Weekdays.Contains(a.Text, a.Tokens[k - 1]))
        {
            k -= a.Tokens[k - 2].Is(a.Text, "on") ? 2 : 1;
        }

        // "The port authority in its statement noted", "Ada Quist in a separate letter on Friday said": where the
        // words were written stands between the subject and its verb.
        k = BeforeDocumentAdverbial(a, k, floor);

        while (k - 1 >= floor && end - k < 4 && Lexicon.Auxiliaries.Contains(a.Text, a.Tokens[k - 1]))
        {
            k--;
        }

        // "was quoted by the official Daily Herald as saying": the subject is the one quoted.
        if (k - 3 >= floor && a.Tokens[k - 1].Is(a.Text, "as"))
        {
            for (var q = k - 3; q >= floor && k - q <= 10; q--)
            {
                if (a.Tokens[q].Is(a.Text, "quoted") && a.Tokens[q + 1].Is(a.Text, "by"))
                {
                    k = q;
                    while (k - 1 >= floor && Lexicon.Auxiliaries.Contains(a.Text, a.Tokens[k - 1]))
                    {
                        k--;
                    }

                    return k;
                }
            }
        }

        // "was quoted as saying": step back over "quoted as".
        if (k - 2 >= floor && a.Tokens[k - 1].Is(a.Text, "as") && a.Tokens[k - 2].Is(a.Text, "quoted"))
        {
            k -= 2;
            while (k - 1 >= floor && Lexicon.Auxiliaries.Contains(a.Text, a.Tokens[k - 1]))
            {
                k--;
            }
        }

        return k;
    }

    private static int BeforeDocumentAdverbial(ArticleAnalysis a, int k, int floor)
    {
        for (var i = k - 2; i > floor && k - i <= 7; i--)
        {
            var token = a.Tokens[i];
            if (token.Kind != TokenKind.Word || (token.IsCapitalized(a.Text) && !Weekdays.Contains(a.Text, token)))
            {
                return k;
            }

            if (token.Is(a.Text, "in") || token.Is(a.Text, "through"))
            {
                var document = false;
                for (var j = i + 1; j < k; j++)
                {
                    document |= DocumentNouns.Contains(a.Text, a.Tokens[j]);
                }

                return document ? i : k;
            }
        }

        return k;
    }

    private static bool IsAppositiveMark(ArticleAnalysis a, Token token) =>
        token.Kind == TokenKind.Punct && a.Text[token.Start] is ',' or '—' or '–';

    private static bool IsBoundary(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        if (a.InsideQuote(k))
        {
            return true;
        }

        if (token.Kind == TokenKind.Punct)
        {
            if (IsAcronymParenthesis(a, k))
            {
                return false;
            }

            return a.Text[token.Start] is not '.' and not '-' || !IsPhraseToken(a, k);
        }

        // "Federal Trade and Tourism Minister Lena Holt": "and" between capitalised words is part of a title.
        if ((token.Is(a.Text, "and") || token.Is(a.Text, "&")) && k > 0 && k + 1 < a.Tokens.Count
            && a.Tokens[k - 1].IsCapitalized(a.Text) && a.Tokens[k + 1].IsCapitalized(a.Text))
        {
            return false;
        }

        if (ClauseWords.Contains(a.Text, token))
        {
            return true;
        }

        // A verb or a preposition ends the subject read backwards: "… remarks by | Pakistan's Foreign Minister".
        // (A participle reached this way modifies the noun after it: "a shipping industry source".)
        if (char.IsLower(a.Text[token.Start]) && !IsPhraseToken(a, k) && !Connectors.Contains(a.Text, token))
        {
            return StopWords.Contains(a.Text, token);
        }

        return false;
    }

    // "World Health Organization (WHO) Regional Director …": the bracketed acronym belongs to the name.
    private static bool IsAcronymParenthesis(ArticleAnalysis a, int k)
    {
        var tokens = a.Tokens;
        var c = a.Text[tokens[k].Start];
        return c switch
        {
            '(' => k + 2 < tokens.Count && IsAcronym(a, tokens[k + 1]) && tokens[k + 2].Is(a.Text, ')'),
            ')' => k - 2 >= 0 && IsAcronym(a, tokens[k - 1]) && tokens[k - 2].Is(a.Text, '('),
            _ => false,
        };
    }

    private static bool IsAcronym(ArticleAnalysis a, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length < 2)
        {
            return false;
        }

        foreach (var ch in token.Span(a.Text))
        {
            if (char.IsLower(ch))
            {
                return false;
            }
        }

        return true;
    }

    // An organisation's acronym of 2-8 capital letters in lowercase copy: not a shouted sentence, not a common word in
    // capitals ("THE", "WE"), not a transcript label ("SMITH:").
    private static bool IsSpeakingAcronym(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        if (!IsAcronym(a, token) || token.Length > 8 || !char.IsLetter(a.Text[token.Start])
            || Lexicon.CommonCapitalised.Contains(a.Text, token) || Lexicon.Pronouns.Contains(a.Text, token)
            || StopWords.Contains(a.Text, token) || ClauseWords.Contains(a.Text, token) || Lexicon.TitleWords.Contains(a.Text, token))
        {
            return false;
        }

        foreach (var c in token.Span(a.Text))
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        if (k + 1 < a.Tokens.Count && a.Tokens[k + 1].Is(a.Text, ':'))
        {
            return false;
        }

        return HasLowercaseWordNear(a, k);
    }

    private static bool HasLowercaseWordNear(ArticleAnalysis a, int k)
    {
        for (var n = Math.Max(0, k - 3); n < Math.Min(a.Tokens.Count, k + 4); n++)
        {
            if (n != k && a.Tokens[n].Kind == TokenKind.Word && char.IsLower(a.Text[a.Tokens[n].Start]) && !a.InsideQuote(n))
            {
                return true;
            }
        }

        return false;
    }

    // "Speaking by telephone from Lima," is an aside, not the speaker.
    private static bool StartsWithParticiple(ArticleAnalysis a, int k) => a.IsParticiple(k);

    // An appositive may carry prepositions ("A manager at a private shipyard") but no clause of its own.
    private static bool ContainsClause(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var token = a.Tokens[k];
            if (a.InsideQuote(k) || ClauseWords.Contains(a.Text, token) || (token.Kind == TokenKind.Punct && !IsPhraseToken(a, k) && !IsAcronymParenthesis(a, k) && a.Text[token.Start] is not ('-' or '+' or '&')))
            {
                return true;
            }

            if (token.Kind == TokenKind.Word && char.IsLower(a.Text[token.Start]) && VerbWords.Contains(a.Text, token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsBoundary(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsBoundary(a, k))
            {
                return true;
            }
        }

        return false;
    }

    // The phrase that starts at `start`: "said Russian Foreign Minister Sergei Lavrov, who…".
    // The source after an "according to" cue: a speaker phrase, or a pronoun in object form ("according to her").
    public static SpeakerPhrase? AfterCue(ArticleAnalysis a, int start, int ceiling) =>
        start < ceiling && SubjectOf(a.Tokens[start].Span(a.Text)) is not null
            && (start + 1 == ceiling || !a.Tokens[start + 1].IsWord)
            ? Describe(a, start, start + 1)
            : After(a, start, ceiling);

    private static string? SubjectOf(ReadOnlySpan<char> word) =>
        word.Equals("him", StringComparison.OrdinalIgnoreCase) ? "he"
        : word.Equals("her", StringComparison.OrdinalIgnoreCase) ? "she"
        : word.Equals("them", StringComparison.OrdinalIgnoreCase) ? "they"
        : null;

    public static SpeakerPhrase? After(ArticleAnalysis a, int start, int ceiling)
    {
        var k = start;
        if (k < ceiling && Lexicon.Pronouns.Contains(a.Text, a.Tokens[k]))
        {
            return Describe(a, k, k + 1);
        }

        if (k < ceiling && Demonstratives.Contains(a.Text, a.Tokens[k]))
        {
            return null;
        }

        if (k < ceiling && (Lexicon.Determiners.Contains(a.Text, a.Tokens[k]) || a.Tokens[k].Kind == TokenKind.Number))
        {
            k++;
        }

        while (k < ceiling && k - start < MaxPhraseTokens)
        {
            var token = a.Tokens[k];
            if (Connectors.Contains(a.Text, token) && k + 1 < ceiling && IsPhraseToken(a, k + 1) && k > start)
            {
                k++;
                continue;
            }

            // "said the president of the Commission": a named body after "of the" / "for the" belongs to the phrase.
            if (Connectors.Contains(a.Text, token) && k > start && k + 2 < ceiling && a.Tokens[k + 1].Is(a.Text, "the")
                && a.Tokens[k + 2].IsCapitalized(a.Text) && IsPhraseToken(a, k + 2))
            {
                k += 2;
                continue;
            }

            // "said the vessel's owner": a common noun owning the head belongs to the phrase.
            if (k > start && Lexicon.Determiners.Contains(a.Text, a.Tokens[k - 1]) && token.Kind == TokenKind.Word && !token.IsCapitalized(a.Text)
                && k + 2 < ceiling && a.Tokens[k + 1].Kind == TokenKind.Possessive && a.Tokens[k + 2].Kind == TokenKind.Word
                && !a.Tokens[k + 2].IsCapitalized(a.Text) && !Lexicon.PhraseBreakers.Contains(a.Text, a.Tokens[k + 2]))
            {
                k += 3;
                continue;
            }

            // "said Permanent Representative to the UN Anna Berg": the posting belongs to the title.
            if (k > start && ArticlePeople.PostingLength(a, k) is > 0 and var posting && k + posting < ceiling)
            {
                k += posting;
                continue;
            }

            if (!IsPhraseToken(a, k) || (k > start && Lexicon.PhraseBreakers.Contains(a.Text, token) && !token.IsCapitalized(a.Text)))
            {
                break;
            }

            k++;
        }

        if (k == start || (k == start + 1 && Lexicon.Determiners.Contains(a.Text, a.Tokens[start])))
        {
            return null;
        }

        // "said Ivan Petrov, a spokesman for the ministry": keep the appositive for the role.
        if (k + 1 < ceiling && a.Tokens[k].Is(a.Text, ','))
        {
            var appositive = k + 1;
            var end = appositive;
            if (end < ceiling && Lexicon.Determiners.Contains(a.Text, a.Tokens[end]))
            {
                end++;
            }

            while (end < ceiling && end - appositive < MaxPhraseTokens
                && (IsPhraseToken(a, end) || (Connectors.Contains(a.Text, a.Tokens[end]) && end + 1 < ceiling && IsPhraseToken(a, end + 1))))
            {
                end++;
            }

            if (end > appositive + 1 && ContainsRole(a, appositive, end))
            {
                return Describe(a, start, k, appositive, end);
            }

            // "said a retired diplomat, Ines Moreau, who worked…", "said the vessel's owner, Halden Shipping": the name
            // stands in the appositive.
            if (end > appositive && !ContainsNamePart(a, start, k) && (Names.IsNamePart(a, appositive) || OrganisationWordAhead(a, appositive, end)))
            {
                return Describe(a, start, k, appositive, end);
            }
        }

        return Describe(a, start, k);
    }

    private static bool IsPhraseToken(ArticleAnalysis a, int k)
    {
        var text = a.Text;
        var token = a.Tokens[k];
        switch (token.Kind)
        {
            case TokenKind.Possessive:
                return true;
            case TokenKind.Number:
                return Ages.DescribedAt(a, k) > 0;
            case TokenKind.Punct:
                return (text[token.Start] == '.' && k > 0 && Lexicon.Abbreviations.Contains(text, a.Tokens[k - 1]) && a.Tokens[k - 1].End == token.Start)
                    || (k > 0 && Ages.DescribedAt(a, k - 1) > 0);
        }

        if (k > 1 && Ages.DescribedAt(a, k - 2) > 0)
        {
            return true;
        }

        if (a.InsideQuote(k))
        {
            return false;
        }

        if (token.IsCapitalized(text))
        {
            return !Lexicon.CommonCapitalised.Contains(text, token) || Names.IsFirstNameBeforeName(a, k)
                || Lexicon.TitleWords.Contains(text, token) || Lexicon.RoleNouns.Contains(text, token)
                || Adjectives.Contains(text, token) || Lexicon.Determiners.Contains(text, token);
        }

        // "von der Leyen" after a first name: particles inside a name.
        if (k > 0 && Names.IsParticle(a, k) && (a.Tokens[k - 1].IsCapitalized(text) || Names.IsParticle(a, k - 1)))
        {
            return true;
        }

        return Lexicon.RoleNouns.Contains(text, token) || Lexicon.TitleWords.Contains(text, token)
            || Adjectives.Contains(text, token) || Lexicon.OrganisationWords.Contains(text, token) || DocumentNouns.Contains(text, token);
    }

    // "the 61-year-old", "the 47-year-old former prosecutor": the age a definite phrase gives, else 0.
    private static int DefiniteAge(ArticleAnalysis a, int start, int end)
    {
        if (end - start < 4 || !a.Tokens[start].Is(a.Text, "the"))
        {
            return 0;
        }

        for (var k = start + 1; k + 2 < end; k++)
        {
            if (Ages.DescribedAt(a, k) is var age and > 0)
            {
                return age;
            }
        }

        return 0;
    }

    private static bool ContainsNamePart(ArticleAnalysis a, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            // "Norway's finance minister, Kari Holm": the owner of a title is no name of the speaker.
            if (Names.IsNamePart(a, k) && !(k + 1 < end && a.Tokens[k + 1].Kind == TokenKind.Possessive))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsRole(ArticleAnalysis a, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Lexicon.RoleNouns.Contains(a.Text, a.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    // The attribution sieves and finders ask about the same words many times over (every quote of a paragraph
    // looks back over its speech verbs): what a span of the article says is worked out once.
    public static SpeakerPhrase Describe(ArticleAnalysis a, int start, int end, int appositiveStart = -1, int appositiveEnd = -1)
    {
        var key = (start, end, appositiveStart, appositiveEnd);
        if (!a.Described.TryGetValue(key, out var phrase))
        {
            phrase = DescribeOnce(a, start, end, appositiveStart, appositiveEnd);
            a.Described[key] = phrase;
        }

        return phrase;
    }

    private static SpeakerPhrase DescribeOnce(ArticleAnalysis a, int start, int end, int appositiveStart, int appositiveEnd)
    {
        var text = a.Text;
        var tokens = a.Tokens;
        var written = new SpeakerPhrase
        {
            StartToken = start,
            EndToken = end,
            AsWritten = text[tokens[start].Start..tokens[end - 1].End],
            Form = SpeakerForm.Anonymous,
        };
        if (end - start == 1 && Lexicon.Pronouns.Contains(text, tokens[start]))
        {
            return written with
            {
                Form = SpeakerForm.Pronoun,
                Pronoun = string.Create(tokens[start].Length, (text, tokens[start]), static (span, state) => Ascii.ToLower(state.Item2.Span(state.text), span)),
            };
        }

        // "According to him, …": the source in object form is the same pronoun.
        if (end - start == 1 && SubjectOf(tokens[start].Span(text)) is { } subject)
        {
            return written with { Form = SpeakerForm.Pronoun, Pronoun = subject };
        }

        var parts = Parts.Read(a, start, end);
        if (appositiveStart >= 0)
        {
            var appositive = Parts.Read(a, appositiveStart, appositiveEnd);
            if (NamesOrganisationAlone(parts, appositive))
            {
                // "The ship's operator, Athens-based Halden Shipping, said": the description's company is named after it.
                return Describe(a, appositiveStart, appositiveEnd);
            }

            if (NamesPersonOfOrganisation(parts, appositive) && Describe(a, appositiveStart, appositiveEnd) is { Form: SpeakerForm.Name } person)
            {
                // "A spokeswoman for the Dutch Embassy in Oslo, Eva Lind, said": the institution's person is named after it.
                return person with { Role = person.Role ?? ArticlePeople.Role(parts.RoleWords), Affiliation = person.Affiliation ?? parts.Affiliation };
            }

            parts.Absorb(appositive);
        }

        var phrase = Classify(a, parts, written with { Affiliation = parts.Affiliation });
        return phrase.Form is SpeakerForm.Anonymous or SpeakerForm.Title && !phrase.IsIndefinite && DefiniteAge(a, start, end) is var age and > 0
            ? phrase with { Form = SpeakerForm.Title, Role = phrase.Role ?? "year-old", Age = age }
            : phrase;
    }

    private static bool NamesPersonOfOrganisation(Parts description, Parts appositive) =>
        description.RoleWords.Count > 0 && description.PersonAlias is null && description.HasCapitalisedOrganisationWord
        && (appositive.NameTokens.Count > 0 || appositive.PersonAlias is not null) && !appositive.HasCapitalisedOrganisationWord;

    private static bool NamesOrganisationAlone(Parts description, Parts appositive) =>
        description.NameTokens.Count == 0 && description.PersonAlias is null && !description.HasCapitalisedOrganisationWord
        && appositive.HasCapitalisedOrganisationWord && appositive.PersonAlias is null;

    // Which kind of speaker the words describe, most specific reading first.
    private static SpeakerPhrase Classify(ArticleAnalysis a, Parts parts, SpeakerPhrase phrase)
    {
        var (start, end) = (phrase.StartToken, phrase.EndToken);
        var role = ArticlePeople.Role(parts.RoleWords);
        var named = parts.PersonAlias is not null || parts.NameTokens.Count > 0;
        if (parts.PersonAlias is null && parts.NameTokens.Count == 1 && start == end - 1 && IsPluralPersonNoun(parts.NameTokens[0]) && StartsSentence(a, start))
        {
            // "Presenters repeat that …", "Analysts say …": a plural noun at the head of a sentence, not a name.
            return phrase with { IsIndefinite = true };
        }

        // "a spokeswoman for Freedonia's foreign ministry": the institution after "for" is who speaks, whatever its
        // owner's possessive or adjective would make of the words in between.
        if (SpokespersonFor(a, start, end) is { } spokenFor)
        {
            return phrase with
            {
                Form = SpeakerForm.Organisation,
                Organisation = spokenFor,
                Role = a.Tokens[start + 1].Text(a.Text),
                Affiliation = parts.Affiliation,
            };
        }

        // "Relief organisations say", "backbench MPs accused": a group described by a capitalised word and a
        // plural noun, or by a plural acronym ("MPs", "NGOs"), is nobody by name.
        if (parts.PersonAlias is null && parts.NameTokens.Count == 1 && (IsPluralAcronym(parts.NameTokens[0])
            || (end - start == 2 && IsPluralCommonNoun(a, end - 1))))
        {
            return phrase with { IsIndefinite = true };
        }

        if (!named)
        {
            // "a Pentagon readout", "a statement from the ministry": the document speaks for its institution.
            if (DocumentSource(a, start, end) is { } source)
            {
                return source;
            }

            // "the ministry's spokeswoman": the spokesperson of an institution the article described before;
            // unnamed unless the article named that institution's spokesperson (never an actor "spokeswoman").
            if (IsSpokesperson(parts.RoleWords) && DescribedOwner(a, start, end) is { } owner)
            {
                return phrase with
                {
                    Form = SpeakerForm.Organisation,
                    Organisation = owner,
                    Role = role,
                    Affiliation = a.People.LatestOrganisation(start, owner),
                };
            }

            // "a spokesperson for the foreign ministry", "a Kremlin spokesman": the institution speaks.
            if (IsSpokesperson(parts.RoleWords) && InstitutionIn(a, start, end) is { } institution)
            {
                return phrase with { Form = SpeakerForm.Organisation, Organisation = institution, Role = role };
            }

            if (parts.Indefinite)
            {
                return phrase with { Role = role, IsIndefinite = true };
            }

            // "North Korea's state media KCNA": an acronym at the head is the institution's name.
            if (IsAcronym(a, a.Tokens[end - 1]) && end - 1 > start)
            {
                return phrase with { Form = SpeakerForm.Organisation, Organisation = a.Tokens[end - 1].Text(a.Text) };
            }

            // "CENTCOM said in a statement": an acronym alone in speaker position is an organisation.
            if (end - start == 1 && IsSpeakingAcronym(a, start))
            {
                return phrase with { Form = SpeakerForm.Organisation, Organisation = a.Tokens[start].Text(a.Text) };
            }
        }

        if (parts.GroupOfStates)
        {
            return phrase with { Form = SpeakerForm.Organisation, Organisation = StripDeterminer(a, start, end) };
        }

        // "the Board's chairman", "the Authority's chief negotiator": the title of the institution's holder.
        if (parts.RoleAfterPossessive && !named && role is not null && (parts.HeadIsRole || TitleLexicon.IsTitle(parts.RoleWords[^1])))
        {
            return phrase with { Form = SpeakerForm.Title, Role = role };
        }

        if (parts.PersonAlias is null && (parts.HasCapitalisedOrganisationWord || NamesOutlet(a, start, end)))
        {
            return phrase with { Form = SpeakerForm.Organisation, Organisation = OrganisationName(a, start, end) };
        }

        // "the paper said", "the Norwegian daily wrote": a newspaper by its common noun, for the outlet named before.
        if (!named && parts.PersonAlias is null && IsDefinite(a, start) && Lexicon.NewspaperNouns.Contains(a.Text, a.Tokens[end - 1])
            && char.IsLower(a.Text[a.Tokens[end - 1].Start]))
        {
            return phrase with { Form = SpeakerForm.Organisation, Organisation = a.Tokens[end - 1].Text(a.Text), Affiliation = null };
        }

        // "a spokesperson for Halden Industries": a run ending in a company word after "for" is the company the
        // spokesperson speaks for, not a person "Halden Industries".
        if (parts.PersonAlias is null && parts.NameTokens.Count > 1 && IsSpokesperson(parts.RoleWords)
            && CompanyLexicon.EndsCompanyName(parts.NameTokens[^1]) && InstitutionIn(a, start, end) is { } company
            && company.EndsWith(parts.NameTokens[^1], StringComparison.Ordinal))
        {
            return phrase with { Form = SpeakerForm.Organisation, Organisation = company, Role = role };
        }

        if (named)
        {
            return phrase with
            {
                Form = SpeakerForm.Name,
                Name = parts.PersonAlias ?? string.Join(' ', parts.NameTokens),
                Role = role,
                Gender = GenderOf(a, start, end),
            };
        }

        // "traders said", "the communiqué said": somebody spoke, and the text does not say who.
        if (parts.Indefinite || parts.PluralAnonymous || DocumentNouns.Contains(a.Text, a.Tokens[end - 1]))
        {
            return phrase with { Role = role, IsIndefinite = true };
        }

        // The head decides: "the ministry's spokesman" is a person by title, "the foreign ministry" an institution.
        if (parts.HeadIsRole && role is not null)
        {
            return phrase with { Form = SpeakerForm.Title, Role = role };
        }

        // "the Kremlin press service", "Ukraine's presidential press office": the press unit speaks for whoever owns it.
        if (end - start >= 3 && a.Tokens[end - 2].Is(a.Text, "press") && PressUnits.Contains(a.Text, a.Tokens[end - 1])
            && char.IsLower(a.Text[a.Tokens[end - 2].Start]) && OrganisationName(a, start, end) is var pressOwner && pressOwner.Any(char.IsUpper)
            && (parts.Affiliation is not null || pressOwner.Contains(' ', StringComparison.Ordinal)))
        {
            return phrase with
            {
                Form = SpeakerForm.Organisation,
                Organisation = pressOwner,
                OrganisationKind = parts.AffiliationKind == ActorKind.Country ? ActorKind.Country : ActorKind.Organisation,
            };
        }

        if (parts.HasOrganisationWord || parts.Affiliation is not null)
        {
            return phrase with
            {
                Form = SpeakerForm.Organisation,
                Organisation = StripDeterminer(a, start, end),
                OrganisationKind = parts.AffiliationKind == ActorKind.Country && !parts.HasOrganisationWord ? ActorKind.Country : ActorKind.Organisation,
            };
        }

        return phrase with { Form = role is null ? SpeakerForm.Anonymous : SpeakerForm.Title, Role = role };
    }

    // "The Rhine Chronicle", "the Baltic Daily": a capitalised run ending in an outlet word is a news outlet, never a
    // person "Rhine" (unless it opens with a first name: "Emily Post").
    private static bool NamesOutlet(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        var last = tokens[end - 1];
        if (end - start < 2 || !last.IsCapitalized(text) || !Lexicon.OutletWords.Contains(text, last))
        {
            return false;
        }

        var first = start;
        while (first < end - 1 && Lexicon.Determiners.Contains(text, tokens[first]))
        {
            first++;
        }

        return first < end - 1 && tokens[end - 2].IsCapitalized(text) && FirstNames.Of(tokens[first].Span(text)) == Gender.Unknown;
    }

    private static bool IsDefinite(ArticleAnalysis a, int start) =>
        a.Tokens[start].Is(a.Text, "the") || a.Tokens[start].Is(a.Text, "The");

    private static SpeakerPhrase? DocumentSource(ArticleAnalysis a, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!DocumentNouns.Contains(a.Text, a.Tokens[k]))
            {
                continue;
            }

            // "a summary issued by the prime minister's office", "a note from the agency"
            var from = k + 1;
            while (from < end && (SourceLinks.Contains(a.Text, a.Tokens[from]) || Lexicon.Determiners.Contains(a.Text, a.Tokens[from])))
            {
                from++;
            }

            if (from > k + 1 && from < end)
            {
                var inner = Describe(a, from, end);
                return inner.Form is SpeakerForm.Organisation or SpeakerForm.Name or SpeakerForm.Title ? inner : null;
            }

            // "a Pentagon readout", "Kremlin statement": the institution stands before the document.
            if (k > start && (a.Catalogue.TryMatchAlias(a.Text, a.Tokens, k - 1, k, out _, out _) || a.Tokens[k - 1].IsCapitalized(a.Text)))
            {
                var first = k - 1;
                while (first - 1 >= start && a.Tokens[first - 1].IsCapitalized(a.Text) && !Lexicon.Determiners.Contains(a.Text, a.Tokens[first - 1]))
                {
                    first--;
                }

                return new SpeakerPhrase
                {
                    StartToken = start,
                    EndToken = end,
                    AsWritten = a.Text[a.Tokens[start].Start..a.Tokens[end - 1].End],
                    Form = SpeakerForm.Organisation,
                    Organisation = a.Text[a.Tokens[first].Start..a.Tokens[k - 1].End],
                };
            }

            return null;
        }

        return null;
    }

    // "the ministry's", "the company's": an institution by its common noun, owning the title after it.
    private static string? DescribedOwner(ArticleAnalysis a, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var owner = a.Tokens[k - 1];
            if (a.Tokens[k].Kind == TokenKind.Possessive && owner.Kind == TokenKind.Word && char.IsLower(a.Text[owner.Start])
                && Lexicon.OrganisationWords.Contains(a.Text, owner))
            {
                return owner.Text(a.Text);
            }
        }

        return null;
    }

    private static string? SpokespersonFor(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (end - start < 5 || !(tokens[start].Is(text, "a") || tokens[start].Is(text, "an") || tokens[start].Is(text, "the"))
            || !IsSpokesperson([tokens[start + 1].Text(text)]) || !(tokens[start + 2].Is(text, "for") || tokens[start + 2].Is(text, "of")))
        {
            return null;
        }

        // Only an institution by its common noun, owned or described: "Freedonia's foreign ministry", "the Freedonian
        // foreign ministry"; a name after "for" is read as before.
        var last = tokens[end - 1];
        if (!char.IsLower(text[last.Start]) || !Lexicon.OrganisationWords.Contains(text, last))
        {
            return null;
        }

        var from = start + 3;
        while (from < end && Lexicon.Determiners.Contains(text, tokens[from]))
        {
            from++;
        }

        return end - from >= 2 && tokens[from].IsCapitalized(text) ? text[tokens[from].Start..last.End] : null;
    }

    private static bool IsSpokesperson(List<string> roleWords) =>
        roleWords.Exists(w => w.ToUpperInvariant() is "SPOKESMAN" or "SPOKESWOMAN" or "SPOKESPERSON" or "SPOKESPEOPLE");

    private static string? InstitutionIn(ArticleAnalysis a, int start, int end)
    {
        var text = a.Text;
        for (var k = start; k < end; k++)
        {
            if (a.Tokens[k].Is(text, "for") || a.Tokens[k].Is(text, "of") || a.Tokens[k].Is(text, "at"))
            {
                var from = k + 1;
                while (from < end && Lexicon.Determiners.Contains(text, a.Tokens[from]))
                {
                    from++;
                }

                return from < end ? text[a.Tokens[from].Start..a.Tokens[end - 1].End] : null;
            }
        }

        for (var k = start; k < end; k++)
        {
            if (a.Catalogue.TryMatchAlias(text, a.Tokens, k, end, out var length, out var actor) && actor.Kind != ActorKind.Person)
            {
                return text[a.Tokens[k].Start..a.Tokens[k + length - 1].End];
            }

            if (a.Tokens[k].IsCapitalized(text) && !Lexicon.Determiners.Contains(text, a.Tokens[k]) && !Lexicon.TitleWords.Contains(text, a.Tokens[k]))
            {
                var last = k;
                while (last + 1 < end && a.Tokens[last + 1].IsCapitalized(text))
                {
                    last++;
                }

                return text[a.Tokens[k].Start..a.Tokens[last].End];
            }
        }

        return null;
    }

    private static Gender GenderOf(ArticleAnalysis a, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Lexicon.MaleCues.Contains(a.Text, a.Tokens[k]))
            {
                return Gender.Male;
            }

            if (Lexicon.FemaleCues.Contains(a.Text, a.Tokens[k]))
            {
                return Gender.Female;
            }
        }

        return Gender.Unknown;
    }

    private static bool IsPluralPersonNoun(string word)
    {
        foreach (var suffix in PluralPersonSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && FirstNames.Of(word) == Gender.Unknown)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsSentence(ArticleAnalysis a, int k) => k == 0 || a.SentenceOf(k - 1) != a.SentenceOf(k);

    // "The official Baltic News Service (BNS)" is the Baltic News Service: the capitalised run,
    // without lowercase modifiers or the bracketed acronym.
    private static string OrganisationName(ArticleAnalysis a, int start, int end)
    {
        var first = start;
        while (first < end && (!(a.Tokens[first].IsCapitalized(a.Text) && !Lexicon.Determiners.Contains(a.Text, a.Tokens[first]))
            || (first + 1 < end && IsCompoundModifier(a.Tokens[first].Span(a.Text)) && a.Tokens[first + 1].IsCapitalized(a.Text))))
        {
            first++;
        }

        var last = end - 1;
        if (last - 2 > first && a.Tokens[last].Is(a.Text, ')') && IsAcronymParenthesis(a, last))
        {
            last -= 3;
        }

        while (last > first && !a.Tokens[last].IsCapitalized(a.Text))
        {
            last--;
        }

        return first <= last ? a.Text[a.Tokens[first].Start..a.Tokens[last].End] : a.Text[a.Tokens[start].Start..a.Tokens[end - 1].End];
    }

    // "Athens-based", "Iran-backed", "Liberian-flagged": a place or patron joined to a participle describes the name after it.
    private static bool IsCompoundModifier(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 3 < word.Length && word[(hyphen + 1)..].EndsWith("ed", StringComparison.Ordinal)
            && char.IsLower(word[hyphen + 1]);
    }

    private static bool OrganisationWordAhead(ArticleAnalysis a, int from, int end)
    {
        for (var k = from; k < end && k < from + 4; k++)
        {
            if (a.Tokens[k].IsCapitalized(a.Text) && Lexicon.OrganisationWords.Contains(a.Text, a.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    // "Coastal Affairs", "Grain Trade Studies": a capitalised run ending in a common noun is a subject, not a name.
    private static bool RunEndsInCommonNoun(ArticleAnalysis a, int from, int end)
    {
        var k = from;
        while (k + 1 < end && a.Tokens[k + 1].IsCapitalized(a.Text))
        {
            k++;
        }

        return Lexicon.CommonNouns.Contains(a.Text, a.Tokens[k]);
    }

    // "a Freedonian strategist", "the Baltic countries": after a determiner, capitalised words before the phrase's last,
    // lowercase noun describe it; they are nobody's name.
    private static bool ModifiesHead(ArticleAnalysis a, Parts parts, int start, int head, int end)
    {
        var first = head - parts.NameTokens.Count;
        return parts.NameTokens.Count > 0 && head == end - 1 && first - 1 >= start && Lexicon.Determiners.Contains(a.Text, a.Tokens[first - 1])
            && !Prepositions.Contains(a.Text, a.Tokens[head]) && !a.Tokens[head].Text(a.Text).EndsWith("ly", StringComparison.Ordinal);
    }

    private static bool IsNameLike(ArticleAnalysis a, int from, int end) =>
        from < end && a.Tokens[from].IsCapitalized(a.Text) && !Lexicon.TitleWords.Contains(a.Text, a.Tokens[from]);

    private static string StripDeterminer(ArticleAnalysis a, int start, int end)
    {
        var from = start;
        if (Lexicon.Determiners.Contains(a.Text, a.Tokens[from]) && end - from > 1)
        {
            from++;
        }

        return a.Text[a.Tokens[from].Start..a.Tokens[end - 1].End];
    }

    private static bool IsPluralAcronym(string word) =>
        word.Length >= 3 && word[^1] == 's' && word[..^1].All(char.IsUpper);

    private static bool IsPluralCommonNoun(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        var word = token.Span(a.Text);
        return token.Kind == TokenKind.Word && word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's' && word[^2] != 's'
            && !a.IsSpeechVerb(k);
    }

    private sealed class Parts
    {
        public List<string> RoleWords { get; } = [];

        public List<string> NameTokens { get; } = [];

        public string? Affiliation { get; set; }

        public ActorKind? AffiliationKind { get; set; }

        public string? PersonAlias { get; set; }

        public bool HasOrganisationWord { get; set; }

        public bool Indefinite { get; set; }

        public bool PluralAnonymous { get; set; }

        // "the Baltic states", "the Nordic countries": a group of states that speaks as one. Read as an institution so its
        // reported clause is found; the name check then keeps it as written and makes no actor of a plural noun phrase.
        public bool GroupOfStates { get; set; }

        public bool HeadIsRole { get; set; }

        public bool InPortfolio { get; set; }

        // "the Board's chairman": the title follows an institution's possessive, so the title is the head.
        public bool RoleAfterPossessive { get; set; }

        // "Ambassador to Norway": the words of the posting until the name.
        public bool InPosting { get; set; }

        // "Equinor's spokesman, Kari Lund": the name before a possessive owns the title that follows.
        public string? Owner { get; set; }

        // "Joint Chiefs of Staff", "Foreign Ministry": a capitalised institution word makes the run an institution.
        public bool HasCapitalisedOrganisationWord { get; set; }

        // "the ministry's spokesman, Dr. Khalid Al Kuwari,": an appositive adds its name, role and affiliation.
        public void Absorb(Parts appositive)
        {
            // "The 58-year-old mayor, a former harbour master of Eastport,": an indefinite appositive describes the
            // speaker; its capitalised words (a place, a posting) are no name for it.
            if (NameTokens.Count == 0 && PersonAlias is null && !(appositive.Indefinite && appositive.PersonAlias is null && RoleWords.Count > 0))
            {
                NameTokens.AddRange(appositive.NameTokens);
                PersonAlias = appositive.PersonAlias;
                Indefinite &= appositive.NameTokens.Count == 0 && appositive.PersonAlias is null;
            }

            RoleWords.AddRange(appositive.RoleWords);
            Affiliation ??= appositive.Affiliation;
            HasOrganisationWord |= appositive.HasOrganisationWord && NameTokens.Count == 0;
        }

        public static Parts Read(ArticleAnalysis a, int start, int end)
        {
            var text = a.Text;
            var tokens = a.Tokens;
            var parts = new Parts();
            var k = start;
            if (IndefiniteWords.Contains(text, tokens[k]) || tokens[k].Kind == TokenKind.Number)
            {
                parts.Indefinite = true;
            }

            while (k < end)
            {
                var token = tokens[k];
                if (parts.RoleWords.Count > 0 && parts.NameTokens.Count == 0 && ArticlePeople.PostingLength(a, k) is > 0 and var posting)
                {
                    parts.InPosting = true;
                    k += posting;
                    continue;
                }

                if (parts.InPosting)
                {
                    // Where the holder is posted is neither name nor affiliation; the name follows it.
                    if (a.Catalogue.TryMatchAlias(text, tokens, k, end, out var postLength, out _))
                    {
                        k += postLength;
                        continue;
                    }

                    if (end - k > 2 && token.IsCapitalized(text) && FirstNames.Of(token.Span(text)) == Gender.Unknown)
                    {
                        k++;
                        continue;
                    }

                    parts.InPosting = false;
                }

                if (a.Catalogue.TryMatchAlias(text, tokens, k, end, out var length, out var actor))
                {
                    if (actor.Kind == ActorKind.Person)
                    {
                        parts.PersonAlias = actor.Name;
                        parts.NameTokens.Clear();
                    }
                    else if (parts.NameTokens.Count == 0)
                    {
                        parts.Affiliation = actor.Name;
                        parts.AffiliationKind = actor.Kind;
                    }

                    k += length;
                    continue;
                }

                if (Connectors.Contains(text, token) && parts.RoleWords.Count > 0 && parts.NameTokens.Count == 0)
                {
                    parts.InPortfolio = true;
                }

                if (token.Kind == TokenKind.Possessive && parts.NameTokens.Count > 0)
                {
                    parts.Owner = string.Join(' ', parts.NameTokens);
                }

                if (token.Kind == TokenKind.Possessive || token.Kind == TokenKind.Punct || Lexicon.Determiners.Contains(text, token) || Connectors.Contains(text, token))
                {
                    if (parts.NameTokens.Count > 0 && Connectors.Contains(text, token)
                        && (!OrganisationWordAhead(a, k + 1, end) || (parts.NameTokens.Count > 1 && FirstNames.Of(parts.NameTokens[0]) != Gender.Unknown)))
                    {
                        // "Smith of the ministry", "Maria Lund of the Institute for …": the name is complete.
                        break;
                    }

                    k++;
                    continue;
                }

                if (Lexicon.AnonymousHeads.Contains(text, token) && text[token.End - 1] == 's' && parts.NameTokens.Count == 0)
                {
                    parts.PluralAnonymous = true;
                }

                if (Lexicon.OrganisationWords.Contains(text, token) && token.IsCapitalized(text) && !IsNameLike(a, k + 1, end))
                {
                    parts.HasCapitalisedOrganisationWord = true;
                }
                else if (Names.IsNamePart(a, k) && !(parts.NameTokens.Count > 0 && OrganisationWordAhead(a, k + 1, end)) && !RunEndsInCommonNoun(a, k, end)
                    && !(FirstNames.Of(token.Span(text)) == Gender.Unknown && ArticlePeople.InstitutionBefore(a, k, start)))
                {
                    // A name after the institution ("Foreign Ministry spokesman Liu Jian") makes it a person again;
                    // its subject ("Ministry of Coastal Affairs") does not.
                    parts.HasCapitalisedOrganisationWord = false;
                }

                if (Lexicon.OrganisationWords.Contains(text, token) && !(token.IsCapitalized(text) && parts.NameTokens.Count > 0 && IsNameLike(a, k + 1, end)))
                {
                    parts.HasOrganisationWord = true;
                    // "the president of the assembly", "the chairman of the committee": the title before "of" stays the head.
                    parts.HeadIsRole &= parts.InPortfolio && char.IsLower(text[token.Start]);
                    parts.NameTokens.Clear();
                    k++;
                    continue;
                }

                if (Lexicon.TitleWords.Contains(text, token) || Lexicon.RoleNouns.Contains(text, token) || Adjectives.Contains(text, token))
                {
                    if (parts.NameTokens.Count > 0)
                    {
                        // "Republican presidential candidate Wade Cutler": capitalised words before a title
                        // belong to the title; the name is the run after it.
                        parts.RoleWords.Clear();
                        parts.NameTokens.Clear();
                        parts.Affiliation ??= parts.Owner;
                    }

                    parts.RoleAfterPossessive |= k > 0 && tokens[k - 1].Kind == TokenKind.Possessive && parts.HasCapitalisedOrganisationWord;
                    parts.RoleWords.Add(token.Text(text));
                    // "the ministry of defence" is the institution: "defence" names its portfolio, not a post.
                    parts.HeadIsRole = Lexicon.RoleNouns.Contains(text, token) || (Lexicon.TitleWords.Contains(text, token) && !parts.HasOrganisationWord);
                    k++;
                    continue;
                }

                if (parts.InPortfolio && token.IsCapitalized(text) && parts.NameTokens.Count == 0)
                {
                    // "Minister for Foreign Affairs Ayman Safadi", "Minister of State Noura Al Hashemi",
                    // "Commander of the Land Forces Gen. Ivo Petrak": the portfolio runs until the name.
                    if (FirstNames.Of(token.Span(text)) == Gender.Unknown
                        && (PortfolioWords.Contains(text, token) || Lexicon.TitleWords.Contains(text, token) || Lexicon.OrganisationWords.Contains(text, token)
                            || a.Catalogue.TryMatchAlias(text, a.Tokens, k, end, out _, out _)))
                    {
                        parts.RoleWords.Add(token.Text(text));
                        k++;
                        continue;
                    }

                    parts.InPortfolio = false;
                    if (Lexicon.TitleWords.Contains(text, token))
                    {
                        parts.RoleWords.Add(token.Text(text));
                        k++;
                        continue;
                    }
                }

                if (Names.IsNamePart(a, k) || (parts.NameTokens.Count > 0 && Names.IsParticle(a, k)))
                {
                    parts.NameTokens.Add(token.Text(text));
                }
                else if ((token.Is(text, "and") || token.Is(text, "&")) && k + 1 < end && a.Tokens[k + 1].IsCapitalized(text) && k > start && a.Tokens[k - 1].IsCapitalized(text))
                {
                    // "Union Commerce and Industry Minister": "and" inside a capitalised title.
                    parts.NameTokens.Clear();
                }
                else if (token.Kind == TokenKind.Word && char.IsLower(text[token.Start]) && (parts.NameTokens.Count > 0 || Prepositions.Contains(text, token)))
                {
                    // A lowercase word after a name ends it ("Lavrov in Moscow"); so does a preposition after
                    // the head ("a shipping industry source in Istanbul").
                    if (ModifiesHead(a, parts, start, k, end))
                    {
                        parts.GroupOfStates = StateGroupHeads.Contains(text, token);
                        parts.NameTokens.Clear();
                    }

                    break;
                }

                k++;
            }

            return parts;
        }
    }
}
