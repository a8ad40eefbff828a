namespace NewsTracker.Core.Extraction;

// Word-level tests for where a reported clause starts and stops.
internal static class ReportedClause
{
    private static readonly WordSet TimeWords = new("""
        yesterday today tonight earlier later again also previously recently once repeatedly publicly privately
        separately firmly flatly on monday tuesday wednesday thursday friday saturday sunday last this next week
        month year weekend morning afternoon evening night day
        """);

    private static readonly WordSet SettingNouns = new("""
        statement interview speech post letter address briefing report video message press news conference
        meeting summit session hearing call phone telephone email e-mail visit trip forum event rally debate television broadcast
        """);

    private static readonly WordSet Starters = new("""
        the a an this that these those it he she they we i there his her their its our no not all some many
        any each every both neither either one two three four five six seven eight nine ten such if
        """);

    // A clause without "that" has to show a finite verb early: "said the talks would resume".
    private static readonly WordSet FiniteMarkers = new("""
        would will could should must might may can cannot was were is are had has have did does do
        won't wouldn't isn't wasn't weren't hasn't hadn't can't couldn't remains remained needs wants plans
        intends expects hopes believes knows sees saw continues continued stands stood supports opposes rejects
        welcomes condemns seeks considers regards insists denies shows means makes takes gives keeps
        fell rose grew fought sent made took gave left went came saw began won lost met held kept found brought
        bought sold spent struck hit cut put set led built paid ran flew shot thought felt stood understood broke
        spoke chose drove became knew got told said meant sought depend depends remain need want face faces
        has've 's
        matter matters seem seems appear appears exist exists belong belongs lack lacks pose poses threaten threatens
        require requires deserve deserves undermine undermines violate violates stay stays agree agrees disagree disagrees
        intend expect believe know show support oppose reject welcome condemn seek consider regard insist deny mean
        think thinks feel feels
        """);

    private static readonly WordSet Determiners = new("a an the its his her their our this that these those");

    private static readonly WordSet Auxiliaries = new("""
        would will could should must might may can cannot was were is are had has have won't wouldn't can't couldn't
        isn't wasn't weren't hasn't hadn't
        """);

    // Words after a comma that turn the sentence back to the speaker: ", adding that…", ", without giving details".
    private static readonly WordSet TailWords = new("""
        without while whereas according citing adding saying noting insisting arguing rejecting dismissing
        brushing calling urging warning stressing describing referring speaking addressing answering responding
        replying pointing accusing blaming declining refusing acknowledging conceding praising welcoming
        reversing marking underscoring highlighting signalling signaling
        as after amid despite
        """);

    // Not the start of a clause: "said in …", "said to be …".
    private static readonly WordSet NonStarters = new("""
        here to in on at for with by from as about of into after before during while when without between among
        against across under over through via
        """);

    private static readonly WordSet ObjectPronouns = new("him her them us me you");

    private static readonly WordSet Quantifiers = new("at least more than fewer less about nearly almost only up around some over");

    private static readonly WordSet AsideHeads = new("""
        point claim condition view position stance remark comment charge assertion suggestion statement reference move
        figure demand accusation allegation warning signal sign pledge promise message line phrase refrain quip joke
        mantra slogan formula
        """);

    // What the speaker did next, not what they reported: "… and urged Beijing to act".
    private static readonly WordSet SpeakerActions = new("""
        accused urged blamed called rejected dismissed cautioned added warned vowed pledged described welcomed
        condemned praised criticised criticized refused declined appealed insisted stressed noted said told
        announced promised demanded asked thanked expressed
        """);

    private static readonly WordSet Withholding = new("gave offered provided named cited released", indexed: false);

    // "CARACAS, Sept. 14 (Agencia Austral) — Venezuela will…": where a paragraph's dateline ends.
    public static int SkipDateline(ArticleAnalysis a, int start, int end)
    {
        var tokens = a.Tokens;
        var paragraph = a.Document.Paragraphs[a.Document.ParagraphIndexAt(tokens[start].Start)];
        if (tokens[start].Start != paragraph.Start || !(IsUpperWord(a, tokens[start]) || (tokens[start].IsCapitalized(a.Text) && HasAgencyBeforeDash(a, start, end))))
        {
            return start;
        }

        var depth = 0;
        for (var k = start; k < end && k - start < 16; k++)
        {
            var token = tokens[k];
            var c = a.Text[token.Start];
            if (token.Kind == TokenKind.Punct && depth == 0 && c is '—' or '–' or '-' or ':')
            {
                // "KAL President Tomas Lind: “…”": a body's acronym and a name in ordinary case right before the quote
                // are its speaker's label, not a dateline ("OSLO: “…”").
                if (c == ':' && k + 1 == end && HasWordInOrdinaryCase(a, start + 1, k))
                {
                    return start;
                }

                // "TEHRAN, March 17 (IRNA) --": a dash typed as two hyphens is one dash.
                while (k + 1 < end && tokens[k + 1].Kind == TokenKind.Punct && a.Text[tokens[k + 1].Start] is '-' or '—' or '–')
                {
                    k++;
                }

                return k + 1;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (ClosesAgencyCode(a, k, end))
            {
                return k + 1;
            }

            if (depth == 0 && token.Kind == TokenKind.Word && char.IsLower(a.Text[token.Start]) && !a.Tokens[k - 1].Is(a.Text, '('))
            {
                return start;
            }
        }

        return start;
    }

    // "Rome (AFP) - Italian authorities…": a bracketed agency before the dash marks a dateline.
    private static bool HasAgencyBeforeDash(ArticleAnalysis a, int start, int end)
    {
        for (var k = start + 1; k + 2 < end && k - start < 8; k++)
        {
            if (a.Tokens[k].Is(a.Text, '(') && (a.Tokens[k + 1].IsCapitalized(a.Text)))
            {
                for (var c = k + 2; c < end && c - k < 6; c++)
                {
                    if (a.Tokens[c].Is(a.Text, ')'))
                    {
                        return (c + 1 < end && a.Text[a.Tokens[c + 1].Start] is '—' or '–' or '-' or ':') || ClosesAgencyCode(a, c, end);
                    }
                }
            }
        }

        return false;
    }

    // "Abuja, Jan. 19 (NAN) The Federal Government says …": an agency's code in capitals closes the dateline with no dash.
    private static bool ClosesAgencyCode(ArticleAnalysis a, int k, int end) =>
        k >= 2 && k + 1 < end && a.Tokens[k].Is(a.Text, ')') && a.Tokens[k - 2].Is(a.Text, '(')
        && a.Tokens[k - 1].Kind == TokenKind.Word && a.Tokens[k - 1].Length >= 2 && Names.IsAllCaps(a.Tokens[k - 1].Span(a.Text))
        && a.Tokens[k + 1].IsCapitalized(a.Text);

    private static bool HasWordInOrdinaryCase(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (a.Tokens[k].Kind == TokenKind.Word && a.Tokens[k].IsCapitalized(a.Text) && !Names.IsAllCaps(a.Tokens[k].Span(a.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUpperWord(ArticleAnalysis a, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length < 2)
        {
            return false;
        }

        foreach (var c in token.Span(a.Text))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // After "told": "told reporters", "told her", "told the BBC", "told state television" — the listener ends
    // where the reported clause begins.
    public static int RecipientEnd(ArticleAnalysis a, int k, int last)
    {
        var tokens = a.Tokens;
        if (k < last && ObjectPronouns.Contains(a.Text, tokens[k]))
        {
            return k + 1;
        }

        var start = k;
        if (k < last && (tokens[k].Is(a.Text, "the") || tokens[k].Is(a.Text, "a") || tokens[k].Is(a.Text, "an")))
        {
            k++;
        }

        if (k < last && tokens[k].IsCapitalized(a.Text))
        {
            while (k < last && (tokens[k].IsCapitalized(a.Text) || tokens[k].Kind == TokenKind.Possessive))
            {
                k++;
            }

            return k;
        }

        while (k < last && k - start < 4 && tokens[k].Kind == TokenKind.Word && char.IsLower(a.Text[tokens[k].Start])
            && !Starters.Contains(a.Text, tokens[k]) && !FiniteMarkers.Contains(a.Text, tokens[k]))
        {
            k++;
        }

        return k > start ? k : -1;
    }

    public static int SkipAdverbials(ArticleAnalysis a, int k, int last)
    {
        var tokens = a.Tokens;
        var text = a.Text;
        while (k < last)
        {
            var token = tokens[k];
            if (token.Is(text, ',') || TimeWords.Contains(text, token))
            {
                k++;
            }
            else if ((token.Is(text, "in") || token.Is(text, "at") || token.Is(text, "during") || token.Is(text, "after") || token.Is(text, "on")
                    || token.Is(text, "by"))
                && k + 1 < last)
            {
                var j = k + 1;
                while (j < last && j - k <= 6 && !SettingNouns.Contains(text, tokens[j]) && !tokens[j].Is(text, ','))
                {
                    j++;
                }

                // "said in Paris the turnout showed …": a place after "in" or "at", then the clause.
                var place = k + 1;
                while ((token.Is(text, "in") || token.Is(text, "at")) && place < last && place - k <= 3 && tokens[place].IsCapitalized(text)
                    && !Lexicon.Determiners.Contains(text, tokens[place]))
                {
                    place++;
                }

                if (j < last && SettingNouns.Contains(text, tokens[j]))
                {
                    k = j + 1;
                }
                else if (place > k + 1 && place < last && Determiners.Contains(text, tokens[place]))
                {
                    k = place;
                }
                else
                {
                    return k;
                }
            }
            else if (token.Is(text, "to") && k + 1 < last && (tokens[k + 1].Is(text, "reporters") || tokens[k + 1].Is(text, "journalists")))
            {
                k += 2;
            }
            else
            {
                return k;
            }
        }

        return k;
    }

    public static bool CanStart(ArticleAnalysis a, int k, int last)
    {
        var first = a.Tokens[k];
        if (first.Kind == TokenKind.Punct)
        {
            return false;
        }

        // "said at least 12 ships were stopped"
        if (k + 1 < last && Quantifiers.Contains(a.Text, first) && (Quantifiers.Contains(a.Text, a.Tokens[k + 1]) || a.Tokens[k + 1].Kind == TokenKind.Number))
        {
            return HasFiniteVerb(a, k, last);
        }

        // "In a statement issued …", "Asked whether …", "Speaking to reporters …" open an aside, not a clause.
        var span = first.Span(a.Text);
        var participle = a.IsParticiple(k) && (span.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || char.IsUpper(span[0]))
            && !IsGerundSubject(a, k, last) && !IsDescribingParticiple(a, k, last);
        if (!Starters.Contains(span) && (NonStarters.Contains(span) || participle))
        {
            return false;
        }

        return HasFiniteVerb(a, k, last);
    }

    // "Renewed fighting has put …", "Increased patrols will …": an -ed word describing the noun after it, which the
    // clause's verb follows; not the participle of an aside ("Asked whether …").
    private static bool IsDescribingParticiple(ArticleAnalysis a, int k, int last)
    {
        if (k + 2 >= last || !a.Tokens[k].Span(a.Text).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || a.Tokens[k + 1].Kind != TokenKind.Word || !char.IsLower(a.Text[a.Tokens[k + 1].Start]) || AsideLinks.Contains(a.Text, a.Tokens[k + 1]))
        {
            return false;
        }

        for (var t = k + 2; t < last && t - k <= 10; t++)
        {
            if (Auxiliaries.Contains(a.Text, a.Tokens[t]))
            {
                return true;
            }

            if (a.Tokens[t].Kind == TokenKind.Punct || a.IsSpeechVerb(t))
            {
                return false;
            }
        }

        return false;
    }

    // Words after an aside's participle: "Asked whether …", "Pressed on …", "Based in …".
    private static readonly WordSet AsideLinks = new("by to about whether with for on at in from as after over under if when what how why that into", indexed: false);

    // "said planning was well advanced", "said shipping would resume": a lower-case -ing word right before a finite
    // verb is the clause's subject, no aside.
    private static bool IsGerundSubject(ArticleAnalysis a, int k, int last)
    {
        var word = a.Tokens[k];
        return k + 1 < last && char.IsLower(a.Text[word.Start]) && word.Span(a.Text).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && FiniteMarkers.Contains(a.Text, a.Tokens[k + 1]);
    }

    private static bool HasFiniteVerb(ArticleAnalysis a, int k, int last)
    {
        for (var t = k + 1; t < last && t - k <= 20; t++)
        {
            var token = a.Tokens[t];
            if (token.Kind == TokenKind.Punct && a.Text[token.Start] is ',' && t - k <= 2
                && !(t + 1 < last && a.Tokens[t + 1].IsCapitalized(a.Text)))
            {
                return false;
            }

            // A capitalised one is a name's word ("the African Union Support Mission").
            if (FiniteMarkers.Contains(a.Text, token) && !char.IsUpper(a.Text[token.Start]))
            {
                return true;
            }

            // "said the president looks forward to …", "said the president “looks forward …”": a present-tense verb right
            // after the clause's opening noun.
            if ((t == k + 2 || (t == k + 3 && a.Tokens[k + 2].Kind == TokenKind.Punct && QuoteMarks.IsMark(a.Text[a.Tokens[k + 2].Start])))
                && Determiners.Contains(a.Text, a.Tokens[k]) && IsPresentAfterNoun(a, t, k + 1))
            {
                return true;
            }

            // "saying its troops control the whole border": a plural noun, a word and a determiner read as noun, verb, object.
            if (t == k + 2 && Determiners.Contains(a.Text, a.Tokens[k]) && IsBareVerbAfterPlural(a, k + 1, t))
            {
                return true;
            }

            // "said the levies only push ferries away": an adverb of this kind after the opening noun stands before its verb.
            if (t == k + 3 && Determiners.Contains(a.Text, a.Tokens[k]) && VerbAdverbs.Contains(a.Text, a.Tokens[k + 2])
                && a.Tokens[k + 1].Kind == TokenKind.Word && char.IsLower(a.Text[a.Tokens[k + 1].Start])
                && token.Kind == TokenKind.Word && char.IsLower(a.Text[token.Start]) && !Determiners.Contains(a.Text, token))
            {
                return true;
            }

            if (token.Kind == TokenKind.Word && token.Length > 4 && a.Text.AsSpan(token.Start, token.Length).EndsWith("ed", StringComparison.Ordinal)
                && !Determiners.Contains(a.Text, a.Tokens[t - 1]) && !char.IsUpper(a.Text[token.Start]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBareVerbAfterPlural(ArticleAnalysis a, int noun, int verb)
    {
        var (n, v) = (a.Tokens[noun], a.Tokens[verb]);
        if (n.Kind != TokenKind.Word || v.Kind != TokenKind.Word || verb + 1 >= a.Tokens.Count || !char.IsLower(a.Text[n.Start])
            || !char.IsLower(a.Text[v.Start]) || v.Length < 4)
        {
            return false;
        }

        var nounWord = n.Span(a.Text);
        var verbWord = v.Span(a.Text);
        return nounWord.Length > 3 && nounWord[^1] == 's' && nounWord[^2] != 's' && verbWord[^1] != 's'
            && !verbWord.EndsWith("ed", StringComparison.Ordinal) && !verbWord.EndsWith("ing", StringComparison.Ordinal)
            && !NotVerbs.Contains(a.Text, v) && !Determiners.Contains(a.Text, v)
            && (Determiners.Contains(a.Text, a.Tokens[verb + 1]) || a.Tokens[verb + 1].Kind == TokenKind.Number);
    }

    // Words that follow a plural noun without being its verb.
    private static readonly WordSet NotVerbs = new("""
        from with near into onto over under about after before across against among between during within without
        than that which when where while whose like along around above below behind beyond beside toward towards upon
        """, indexed: false);

    private static readonly WordSet VerbAdverbs = new("only still also often never always rarely already merely simply just now", indexed: false);

    private static bool IsPresentAfterNoun(ArticleAnalysis a, int t, int n)
    {
        var (verb, noun) = (a.Tokens[t], a.Tokens[n]);
        var word = verb.Span(a.Text);
        return verb.Kind == TokenKind.Word && noun.Kind == TokenKind.Word && word.Length > 3 && char.IsLower(word[0])
            && char.IsLower(a.Text[noun.Start]) && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') && !a.Text.AsSpan(noun.Start, noun.Length).EndsWith("s", StringComparison.Ordinal);
    }

    // "Ferry strike ends, says mayor", "Mayor says ferries will run “within days”" on a line of its own with no full stop: a
    // headline (a live page's entry or key event), which reports nothing.
    public static bool IsHeadline(ArticleAnalysis a, int verb)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (text[tokens[verb].End - 1] != 's')
        {
            return false;
        }

        var end = a.SentenceEnd(verb);

        // A headline ends on a word or a closing quotation mark; a colon or a full stop ends a sentence of the story.
        var last = tokens[end];
        var open = last.Kind is TokenKind.Word or TokenKind.Number
            || (last.Kind == TokenKind.Punct && QuoteMarks.IsMark(text[last.Start]) && end > verb && !IsFinalStop(text, tokens[end - 1]));
        return open && (last.End == text.Length || text[last.End] is '\n' or '\r');
    }

    private static bool IsFinalStop(string text, Token token) => token.Kind == TokenKind.Punct && text[token.Start] is '.' or '!' or '?';

    public static bool StartsTail(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (TailWords.Contains(a.Text, token))
        {
            return true;
        }

        // ", in a combative rally speech", ", a point disputed by Argentina", "— a condition that …":
        // the writer's aside about the statement, not its content.
        var next = k + 1 < a.Tokens.Count ? a.Tokens[k + 1] : default;
        if ((token.Is(a.Text, "in") || token.Is(a.Text, "at")) && (next.Is(a.Text, "a") || next.Is(a.Text, "an")))
        {
            return true;
        }

        // ", the third such summons this year", ", the fifth time since May that …", ", the second order of its kind after
        // Marovia's": the writer counting, to the end of the sentence.
        if (token.Is(a.Text, "the") && k + 2 < a.Tokens.Count && Ordinals.Contains(a.Text, next)
            && (a.Tokens[k + 2].Is(a.Text, "such") || a.Tokens[k + 2].Is(a.Text, "time") || !HasVerbBeforeSentenceEnd(a, k + 2)))
        {
            return true;
        }

        // ", which drew laughter", ", which prompted a walkout": how the room took the words.
        if (token.Is(a.Text, "which") && next.Kind == TokenKind.Word && Reactions.Contains(a.Text, next))
        {
            return true;
        }

        return (token.Is(a.Text, "a") || token.Is(a.Text, "an")) && k + 2 < a.Tokens.Count
            && AsideHeads.Contains(a.Text, a.Tokens[k + 1]);
    }

    private static readonly WordSet Reactions = new("drew prompted sparked provoked triggered earned brought raised", indexed: false);

    private static bool HasVerbBeforeSentenceEnd(ArticleAnalysis a, int k)
    {
        var sentence = a.SentenceOf(k);
        for (; k < a.Tokens.Count && a.SentenceOf(k) == sentence; k++)
        {
            if (FiniteMarkers.Contains(a.Text, a.Tokens[k]) || a.IsSpeechVerb(k) || a.Tokens[k].Is(a.Text, ","))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Ordinals = new("first second third fourth fifth sixth seventh eighth ninth tenth latest last", indexed: false);

    public static bool IsSpeakerAction(ArticleAnalysis a, int k) => SpeakerActions.Contains(a.Text, a.Tokens[k]);

    // "…, but gave no date", "but offered no evidence", "but declined to give figures": the speaker holding something
    // back after the report.
    public static bool IsWithholding(ArticleAnalysis a, int k) =>
        k + 1 < a.Tokens.Count
        && ((Withholding.Contains(a.Text, a.Tokens[k]) && (a.Tokens[k + 1].Is(a.Text, "no") || a.Tokens[k + 1].Is(a.Text, "few")))
            || ((a.Tokens[k].Is(a.Text, "declined") || a.Tokens[k].Is(a.Text, "refused")) && a.Tokens[k + 1].Is(a.Text, "to")));

    // "would", "had", "remains": a word that makes a clause finite, in lower case.
    public static bool IsFiniteMarker(ArticleAnalysis a, int k) =>
        FiniteMarkers.Contains(a.Text, a.Tokens[k]) && !char.IsUpper(a.Text[a.Tokens[k].Start]);

    // "it would", "she had": a modal or an auxiliary, the finite verb of a clause its pronoun opens.
    public static bool IsAuxiliary(ArticleAnalysis a, int k) => Auxiliaries.Contains(a.Text, a.Tokens[k]);

    // "said he died on Sunday", "said she wanted …": a finite verb of the clause right after its subject pronoun.
    public static bool IsFiniteAfterPronoun(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        return token.Kind == TokenKind.Word && char.IsLower(a.Text[token.Start])
            && (FiniteMarkers.Contains(a.Text, token) || (token.Length >= 4 && token.Span(a.Text).EndsWith("ed", StringComparison.Ordinal)));
    }
}
