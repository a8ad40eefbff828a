namespace NewsTracker.Core.Extraction;

// Where a speaker phrase can stand: clause starts, auxiliaries, boundaries, acronyms and asides.
internal static partial class SpeakerPhraseParser
{
    // Where the main clause's subject stands: after a dateline and after an opening "When …," or "On Tuesday,".
    public static int ClauseSubjectStart(ArticleAnalysis a, int floor, int end)
    {
        var start = ReportedClause.SkipDateline(a, floor, end);
        var first = a.Tokens[start];
        if (start < end && ComparedWith.Contains(a.Text, first))
        {
            return AfterComparison(a, start, end);
        }
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

    private static readonly WordSet ComparedWith = new("unlike like", indexed: false);

    // "Unlike Berg, who concedes that talks may be needed, Marsh sees no upside": the subject comes after the person
    // compared with and any relative clause about them.
    private static int AfterComparison(ArticleAnalysis a, int start, int end)
    {
        var comma = NextComma(a, start + 1, end);
        if (comma > 0 && comma + 1 < end && (a.Tokens[comma + 1].Is(a.Text, "who") || a.Tokens[comma + 1].Is(a.Text, "which")))
        {
            comma = NextComma(a, comma + 2, end);
        }

        return comma > 0 && comma + 1 < end ? comma + 1 : start;

        static int NextComma(ArticleAnalysis a, int from, int end)
        {
            for (var k = from; k < end; k++)
            {
                if (a.Tokens[k].Is(a.Text, ','))
                {
                    return k;
                }
            }

            return -1;
        }
    }

    private static bool TopicLikeStart(ArticleAnalysis a, int k)
    {
        var span = a.Tokens[k].Span(a.Text);
        return Prepositions.Contains(span) || StopWords.Contains(span) || Openers.Contains(span) || a.IsParticiple(k);
    }

    // "For his part, …", "Despite the delay, …": more prepositions that open a sentence with a phrase before its subject.
    private static readonly WordSet Openers = new("for amid amidst despite among through without beyond besides throughout upon", indexed: false);

    private static readonly WordSet OwnerPronouns = new("its his her their", indexed: false);

    private static int SkipAuxiliariesBack(ArticleAnalysis a, int end, int floor)
    {
        var k = end;
        if (end < a.Tokens.Count && a.IsParticleVerb(end) && end - 1 >= floor)
        {
            // "Ms. Calderón shot back", "Lund points out": the subject stands before "shot".
            k = end - 1;
        }

        // "the Ministry of Ports (MoP) said": the short name the article gives in brackets after the subject.
        if (k - 4 >= floor && a.Tokens[k - 1].Is(a.Text, ')') && a.Tokens[k - 3].Is(a.Text, '(') && a.Tokens[k - 2].Kind == TokenKind.Word
            && char.IsUpper(a.Text[a.Tokens[k - 2].Start]) && a.Tokens[k - 2].Span(a.Text).ContainsAnyInRange('A', 'Z') && a.Tokens[k - 2].Length <= 8)
        {
            k -= 3;
        }

        // "Arun Mehta on Friday said": the day between the subject and its verb.
        if (k - 2 >= floor && Weekdays.Contains(a.Text, a.Tokens[k - 1]))
        {
            k -= a.Tokens[k - 2].Is(a.Text, "on") ? 2 : 1;
        }

        // "The port authority in its statement noted", "Ada Quist in a separate letter on Friday said": where the
        // words were written stands between the subject and its verb.
        k = BeforeDocumentAdverbial(a, k, floor);

        // "The embassy in its turn stated", "Ada Quist for her part said": the turn taken stands between subject and verb.
        if (k - 3 >= floor && (a.Tokens[k - 1].Is(a.Text, "turn") || a.Tokens[k - 1].Is(a.Text, "part"))
            && OwnerPronouns.Contains(a.Text, a.Tokens[k - 2]) && (a.Tokens[k - 3].Is(a.Text, "in") || a.Tokens[k - 3].Is(a.Text, "for")))
        {
            k -= 3;
        }

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

    // "Ada Quist in an interview with Harbour Radio said", "Ada Quist in comments to reporters said": the occasion as well,
    // when its noun follows "in" and its listener may be named.
    private static int BeforeDocumentAdverbial(ArticleAnalysis a, int k, int floor)
    {
        var named = false;
        for (var i = k - 2; i > floor && k - i <= 7; i--)
        {
            var token = a.Tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                return k;
            }

            named |= token.IsCapitalized(a.Text) && !Weekdays.Contains(a.Text, token);
            if (token.Is(a.Text, "in") || token.Is(a.Text, "through"))
            {
                var noun = i + 1 < k && Lexicon.Determiners.Contains(a.Text, a.Tokens[i + 1]) ? i + 2 : i + 1;
                if (token.Is(a.Text, "in") && noun < k && OccasionNouns.Contains(a.Text, a.Tokens[noun]))
                {
                    return i;
                }

                var document = false;
                for (var j = i + 1; j < k && !named; j++)
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

        // "Federal Trade and Tourism Minister Lena Holt": "and" between capitalised words is part of a title; "Marcon &
        // Co." of a company's name.
        if ((token.Is(a.Text, "and") || token.Is(a.Text, '&')) && k > 0 && k + 1 < a.Tokens.Count
            && a.Tokens[k - 1].IsCapitalized(a.Text) && a.Tokens[k + 1].IsCapitalized(a.Text))
        {
            return false;
        }

        if (token.Kind == TokenKind.Punct)
        {
            if (IsAcronymParenthesis(a, k))
            {
                return false;
            }

            return a.Text[token.Start] is not '.' and not '-' || !IsPhraseToken(a, k);
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

    // "asked about …", "speaking to …", "pressed on …": the occasion of the words, not a description of the speaker
    // ("retired judge …", "attributed to …" describe).
    private static bool OpensOccasion(ArticleAnalysis a, int k) =>
        k < a.Tokens.Count && a.IsParticiple(k)
        && (OccasionWords.Contains(a.Text, a.Tokens[k]) || a.Tokens[k].Span(a.Text).EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    private static readonly WordSet OccasionWords = new("asked questioned pressed quizzed challenged interviewed contacted reached", indexed: false);

    // An appositive may carry prepositions ("A manager at a private shipyard") but no clause of its own.
    private static bool ContainsClause(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var token = a.Tokens[k];
            // "Minister of Ports and Fisheries": "and" between capitalised words joins a title's words, not clauses.
            var titleAnd = token.Is(a.Text, "and") && k > from && k + 1 < to && a.Tokens[k - 1].IsCapitalized(a.Text) && a.Tokens[k + 1].IsCapitalized(a.Text);
            if (a.InsideQuote(k) || (ClauseWords.Contains(a.Text, token) && !titleAnd) || (token.Kind == TokenKind.Punct && !IsPhraseToken(a, k) && !IsAcronymParenthesis(a, k) && a.Text[token.Start] is not ('-' or '+' or '&')))
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
}
