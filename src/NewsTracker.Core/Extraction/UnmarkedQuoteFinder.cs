using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Extraction;

// Direct quotes without quotation marks, as press releases and regional outlets print them:
// - "block-quote": a paragraph with no marks after a paragraph that ends "The minister said:";
// - "dash-said": a paragraph that opens with the words and ends "– said the minister." / "— Novak said.", or the
//   words with that attribution on a line of its own below them.
// Reads the document, the paired marks and the speech verbs; the caller drops what the quotes hold.
internal static class UnmarkedQuoteFinder
{
    public const string BlockQuoteRule = "block-quote";
    public const string DashSaidRule = "dash-said";

    private const int MinWords = 4;

    // How far before the colon the introducing verb may stand: "The minister added that … on Monday:".
    private const int MaxIntroTokens = 30;

    // "– Novak said": the speaker may stand between the dash and the verb.
    private const int MaxSpeakerTokens = 6;

    private static readonly WordSet FrameNouns = new(SpeechNouns.Words);

    private static readonly WordSet AfterVerb = new("at in on after during before while when from");

    public static List<QuoteCandidate> Find(ArticleAnalysis a)
    {
        var found = new List<QuoteCandidate>();
        var paragraphs = a.Document.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var first = a.Document.TokenIndexAt(paragraphs[p].Start);
            var end = a.Document.TokenIndexAt(paragraphs[p].End);
            if (first >= end || HasMark(a, first, end))
            {
                continue;
            }

            if (DashSaid(a, first, end) is { } line)
            {
                found.Add(line);
            }
            else if (p + 1 < paragraphs.Count && Words(a, first, end) >= MinWords && a.EndsSentence(end - 1) && DashLine(a, p + 1) is { } below)
            {
                // The words, then "– said Novak at the border" on a line of its own.
                var range = a.Document.Trim(paragraphs[p].Start, paragraphs[p].End);
                found.Add(new QuoteCandidate(QuoteKind.Direct, [range], below.VerbToken) { Attribution = below });
            }
            else if (p > 0 && Introduction(a, p - 1) is { } intro && Words(a, first, end) >= MinWords)
            {
                var range = a.Document.Trim(paragraphs[p].Start, paragraphs[p].End);
                found.Add(new QuoteCandidate(QuoteKind.Direct, [range], intro.VerbToken) { Attribution = intro });
            }
        }

        return found;
    }

    // "We will not give in – said Novak at the border." The words before the dash are the quote.
    private static QuoteCandidate? DashSaid(ArticleAnalysis a, int first, int end)
    {
        var tokens = a.Tokens;
        var anyDash = false;
        for (var d = first + MinWords; d < end - 1 && !anyDash; d++)
        {
            anyDash = IsDash(a, d);
        }

        if (!anyDash || ReportedClause.SkipDateline(a, first, end) != first)
        {
            // "KYIV – Ukraine said on Monday…": the dash closes a dateline.
            return null;
        }

        for (var d = first + MinWords; d < end - 1; d++)
        {
            if (!IsDash(a, d))
            {
                continue;
            }

            // The attribution is the paragraph's last sentence: the dash stands in the quote's last sentence.
            if (a.SentenceOf(d) != a.SentenceOf(end - 1))
            {
                return null;
            }

            var verb = -1;
            for (var k = d + 1; k < end && k <= d + 1 + MaxSpeakerTokens; k++)
            {
                if (a.IsSpeechVerb(k))
                {
                    verb = k;
                    break;
                }
            }

            // "– Novak said." and "– Novak said at the border": a verb with a clause after it reports the speech instead.
            if (verb < 0 || Words(a, first, d) < MinWords
                || (verb > d + 1 && verb + 1 < end && !(tokens[verb + 1].Is(a.Text, '.') || tokens[verb + 1].Is(a.Text, ',') || AfterVerb.Contains(a.Text, tokens[verb + 1]))))
            {
                return null;
            }

            var phrase = verb == d + 1
                ? SpeakerPhraseParser.After(a, verb + 1, end)
                : SpeakerPhraseParser.Before(a, verb, d + 1);
            if (phrase is null)
            {
                return null;
            }

            var range = a.Document.Trim(a.Tokens[first].Start, tokens[d].Start);
            return new QuoteCandidate(QuoteKind.Direct, [range], verb) { Attribution = new Attribution(phrase, DashSaidRule, verb) };
        }

        return null;
    }

    // A paragraph that is only an attribution after a dash: "– said Novak at the border", "— Novak said.".
    private static Attribution? DashLine(ArticleAnalysis a, int paragraph)
    {
        var range = a.Document.Paragraphs[paragraph];
        var first = a.Document.TokenIndexAt(range.Start);
        var end = a.Document.TokenIndexAt(range.End);
        if (end - first < 3 || end - first > MaxSpeakerTokens + 6 || !IsDashAt(a, first) || HasMark(a, first, end))
        {
            return null;
        }

        for (var verb = first + 1; verb < end && verb <= first + 1 + MaxSpeakerTokens; verb++)
        {
            if (!a.IsSpeechVerb(verb))
            {
                continue;
            }

            // Nothing but the speaker and a few words of place or manner: "– Mayor calls for calm" is a bullet, no attribution.
            var phrase = verb == first + 1 ? SpeakerPhraseParser.After(a, verb + 1, end) : SpeakerPhraseParser.Before(a, verb, first + 1);
            var rest = verb == first + 1 ? phrase?.EndToken ?? end : verb + 1;
            return phrase is not null && IsSpeaker(phrase) && end - rest <= 4 && (rest >= end || Punctuation(a, rest) || AfterVerb.Contains(a.Text, a.Tokens[rest]))
                ? new Attribution(phrase, DashSaidRule, verb)
                : null;
        }

        return null;
    }

    // The paragraph before ends "X said:", the speech verb in its last sentence, perhaps further back: "The
    // minister added that the issue would go to the council on Monday:".
    private static Attribution? Introduction(ArticleAnalysis a, int paragraph)
    {
        var range = a.Document.Paragraphs[paragraph];
        var last = a.Document.TokenIndexAt(range.End) - 1;
        var floor = a.Document.TokenIndexAt(range.Start);
        if (last <= floor || !a.Tokens[last].Is(a.Text, ':') || a.InsideQuote(last))
        {
            return null;
        }

        var frame = false;
        for (var v = last - 1; v >= floor && last - v <= MaxIntroTokens && a.SentenceOf(v) == a.SentenceOf(last); v--)
        {
            frame |= !a.InsideQuote(v) && FrameNouns.Contains(a.Text, a.Tokens[v]);

            if (!a.InsideQuote(v) && a.IsSpeechVerb(v))
            {
                var sentence = v;
                while (sentence > floor && a.SentenceOf(sentence - 1) == a.SentenceOf(v))
                {
                    sentence--;
                }

                return SpeakerPhraseParser.Before(a, v, sentence) is { } phrase ? new Attribution(phrase, BlockQuoteRule, v) : null;
            }
        }

        // "The mayor answered in a post on social media:", "Jane Doe issued a statement. The central
        // passage:": a noun for what was said frames the block; the speaker is the subject of its sentence, or else
        // the one the paragraph opens with.
        if (!frame)
        {
            return null;
        }

        var subject = last;
        while (subject > floor && a.SentenceOf(subject - 1) == a.SentenceOf(last))
        {
            subject--;
        }

        var opening = floor;
        while (opening < last && a.Tokens[opening].Kind != TokenKind.Word)
        {
            opening++;
        }

        foreach (var start in (int[])[subject, opening])
        {
            if (SpeakerPhraseParser.After(a, start, last) is { } phrase && IsSpeaker(phrase))
            {
                return new Attribution(phrase, BlockQuoteRule, start);
            }
        }

        return null;
    }

    // A person or a body, not "It was late" or "The central passage".
    private static bool IsSpeaker(SpeakerPhrase phrase) =>
        phrase.Form is SpeakerForm.Name or SpeakerForm.Title or SpeakerForm.Organisation
        || (phrase.Form == SpeakerForm.Pronoun && phrase.Pronoun is "he" or "she" or "He" or "She");

    private static bool Punctuation(ArticleAnalysis a, int k) => a.Tokens[k].Kind == TokenKind.Punct;

    private static bool IsDash(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        return IsDashAt(a, k) && token.Start > 0 && a.Text[token.Start - 1] == ' ';
    }

    private static bool IsDashAt(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        return token.Kind == TokenKind.Punct && a.Text[token.Start] is '–' or '—' or '-';
    }

    private static bool HasMark(ArticleAnalysis a, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (a.InsideQuote(k))
            {
                return true;
            }
        }

        return false;
    }

    private static int Words(ArticleAnalysis a, int from, int to)
    {
        var n = 0;
        for (var k = from; k < to; k++)
        {
            n += a.Tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        return n;
    }
}
