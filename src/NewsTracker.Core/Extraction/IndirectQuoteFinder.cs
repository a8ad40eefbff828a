using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Extraction;

// Reported speech: a speech verb with a content clause ("Stoltenberg has said that the alliance…",
// "The U.S. Secretary of State said last week that America…"), "according to X, …", and the clause
// before ", X said." The clause is the quote; a quotation that fills the clause stays a direct quote only.
internal static class IndirectQuoteFinder
{
    private const int MinClauseWords = 4;
    private const int MaxGapToThat = 12;

    private static readonly WordSet TimeWords = new("""
        yesterday today tonight earlier later again also previously recently once repeatedly publicly privately
        separately firmly flatly on monday tuesday wednesday thursday friday saturday sunday last this next week
        month year weekend morning afternoon evening night day
        """);

    private static readonly WordSet SettingNouns = new("""
        statement interview speech post letter address briefing report video message press news conference
        meeting summit session hearing call phone visit trip forum event rally debate television broadcast
        """);

    private static readonly WordSet ClauseStarters = new("""
        the a an this that these those it he she they we i there his her their its our no not all some many
        any each every both neither either one two three four five six seven eight nine ten such if
        """);

    public static List<QuoteCandidate> Find(ArticleAnalysis a, IReadOnlyList<QuoteCandidate> direct)
    {
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

            if (FindInSentence(a, start, end, direct) is { } candidate)
            {
                found.Add(candidate);
            }

            start = end;
        }

        return found;
    }

    private static QuoteCandidate? FindInSentence(ArticleAnalysis a, int start, int end, IReadOnlyList<QuoteCandidate> direct)
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
            return null;
        }

        // "According to the Kremlin, …"
        if (tokens[start].Is(text, "according") && tokens[start + 1].Is(text, "to"))
        {
            var source = SpeakerPhraseParser.After(a, start + 2, last);
            if (source is not null && source.EndToken < last && tokens[source.EndToken].Is(text, ','))
            {
                return Clause(a, source.EndToken + 1, last, new Attribution(source, "according-to", start), direct);
            }
        }

        var hasQuote = false;
        for (var k = start; k < last; k++)
        {
            hasQuote |= a.InsideQuote(k);
            if (a.InsideQuote(k) || !a.IsSpeechVerb(k) || Lexicon.QuoteOnlyVerbs.Contains(text, tokens[k]))
            {
                continue;
            }

            // "…, according to the ministry."
            if (tokens[k].Is(text, "according"))
            {
                continue;
            }

            var subject = Subject(a, k, start);
            if (subject is null)
            {
                continue;
            }

            var clauseStart = ClauseStart(a, k, last);
            if (clauseStart < 0)
            {
                continue;
            }

            return Clause(a, clauseStart, last, new Attribution(subject, "speaker-verb-clause", k), direct);
        }

        var according = FindAccordingTo(a, start, last);
        if (according is { } tail)
        {
            return Clause(a, start, tail.Comma, tail.Attribution, direct);
        }

        return hasQuote ? null : ClauseThenSpeaker(a, start, last, direct);
    }

    private static SpeakerPhrase? Subject(ArticleAnalysis a, int verb, int start)
    {
        var subject = SpeakerPhraseParser.Before(a, verb, start);
        if (subject is null)
        {
            return null;
        }

        // The subject must open the clause: sentence start, or after an introductory phrase and a comma.
        var before = subject.StartToken - 1;
        return before < start || a.Tokens[before].Is(a.Text, ',') ? subject : null;
    }

    // Where the content clause begins after the verb, or -1 when the verb takes no clause here.
    private static int ClauseStart(ArticleAnalysis a, int verb, int last)
    {
        var tokens = a.Tokens;
        var text = a.Text;
        var k = verb + 1;
        if (k >= last || tokens[k].Is(text, ':') || AttributionFinder.IsOpeningMark(a, k))
        {
            return -1;
        }

        for (var t = k; t < last && t - k <= MaxGapToThat; t++)
        {
            if (a.InsideQuote(t) || tokens[t].Is(text, ';') || a.IsSpeechVerb(t))
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
            var recipient = SpeakerPhraseParser.After(a, k, last);
            if (recipient is null)
            {
                return -1;
            }

            k = recipient.EndToken;
        }

        k = SkipAdverbials(a, k, last);
        if (k >= last || tokens[k].Is(text, "to") || tokens[k].Kind == TokenKind.Punct)
        {
            return -1;
        }

        var first = tokens[k];
        return ClauseStarters.Contains(text, first) || first.IsCapitalized(text) || first.Kind == TokenKind.Number ? k : -1;
    }

    private static int SkipAdverbials(ArticleAnalysis a, int k, int last)
    {
        var tokens = a.Tokens;
        var text = a.Text;
        while (k < last)
        {
            var token = tokens[k];
            if (token.Is(text, ','))
            {
                k++;
            }
            else if (TimeWords.Contains(text, token))
            {
                k++;
            }
            else if ((token.Is(text, "in") || token.Is(text, "at") || token.Is(text, "during") || token.Is(text, "after")) && k + 1 < last)
            {
                var j = k + 1;
                while (j < last && j - k <= 6 && !SettingNouns.Contains(text, tokens[j]) && !tokens[j].Is(text, ','))
                {
                    j++;
                }

                if (j < last && SettingNouns.Contains(text, tokens[j]))
                {
                    k = j + 1;
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

    private static (int Comma, Attribution Attribution)? FindAccordingTo(ArticleAnalysis a, int start, int last)
    {
        var tokens = a.Tokens;
        for (var k = start + MinClauseWords; k + 2 < last; k++)
        {
            if (tokens[k].Is(a.Text, ',') && tokens[k + 1].Is(a.Text, "according") && tokens[k + 2].Is(a.Text, "to"))
            {
                var source = SpeakerPhraseParser.After(a, k + 3, last);
                return source is null ? null : (k, new Attribution(source, "clause-according-to", k + 1));
            }
        }

        return null;
    }

    // "The alliance has no plans to deploy troops, Stoltenberg said."
    private static QuoteCandidate? ClauseThenSpeaker(ArticleAnalysis a, int start, int last, IReadOnlyList<QuoteCandidate> direct)
    {
        var tokens = a.Tokens;
        for (var v = last - 1; v > start && last - v <= 8; v--)
        {
            if (!a.IsSpeechVerb(v))
            {
                continue;
            }

            SpeakerPhrase? phrase;
            int comma;
            if (tokens[v - 1].Is(a.Text, ','))
            {
                phrase = SpeakerPhraseParser.After(a, v + 1, last);
                comma = v - 1;
            }
            else
            {
                phrase = SpeakerPhraseParser.Before(a, v, start);
                comma = phrase is null ? -1 : phrase.StartToken - 1;
            }

            if (phrase is null || comma <= start || !tokens[comma].Is(a.Text, ','))
            {
                return null;
            }

            return Clause(a, start, comma, new Attribution(phrase, "clause-speaker-verb", v), direct);
        }

        return null;
    }

    private static QuoteCandidate? Clause(ArticleAnalysis a, int from, int to, Attribution attribution, IReadOnlyList<QuoteCandidate> direct)
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

        // A clause that is all quotation is the direct quote; nothing is reported around it.
        if (words < MinClauseWords || quoted * 10 >= words * 8)
        {
            return null;
        }

        if (direct.Any(d => d.Start <= range.Start && d.End >= range.End))
        {
            return null;
        }

        return new QuoteCandidate(QuoteKind.Indirect, [range], attribution.VerbToken) { Attribution = attribution };
    }
}
