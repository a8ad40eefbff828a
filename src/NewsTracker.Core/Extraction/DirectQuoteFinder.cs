using NewsTracker.Core.Extraction.Sieves;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Extraction;

// Turns paired quotation marks into direct quotes: attaches each to its attribution, joins a quote split
// by its attribution, drops scare quotes, titles and short fragments, and lets a quote without its own
// attribution take the speaker of its paragraph or of a colon that introduces it.
internal static class DirectQuoteFinder
{
    private const int MinWords = 3;
    private const int MinFragmentWords = 4;
    private const int MaxScareWords = 6;

    // What a sign or a banner carries is a few words.
    private const int MaxDisplayWords = 15;

    // "a sign that read “…”", "banners reading “…”", "one placard said “…”": words written on something, not spoken.
    private static readonly WordSet DisplayVerbs = new("read reads reading said says saying");
    private static readonly WordSet DisplayNouns = new("""
        sign signs banner banners placard placards poster posters billboard billboards t-shirt t-shirts shirt shirts
        sticker stickers graffiti inscription inscriptions plaque plaques caption captions
        """);

    private static readonly WordSet Speakers = new("i we you me us my our your mine ours yours i'm we're you're i’m we’re you’re");

    public static List<QuoteCandidate> Find(ArticleAnalysis a)
    {
        var spans = a.Spans;
        foreach (var span in spans)
        {
            span.WordCount = CountWords(a, span);
        }

        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.MergedInto is not null || span.WordCount == 0)
            {
                span.Rejected |= span.WordCount == 0;
                continue;
            }

            var context = new QuoteContext(a, span);
            var attribution = SieveOrder.Attribute(context);
            span.Attribution = attribution;
            if (attribution is not null && SieveOrder.ReadAfterQuote(attribution) && i + 1 < spans.Count)
            {
                TryMerge(a, span, spans[i + 1], context.AfterLimit);
            }

            span.Rejected = IsNotAQuotation(a, span, fragment: attribution is { Rule: ReportedFragmentSieve.Rule });
        }

        var candidates = new List<QuoteCandidate>();
        var bySpan = new List<KeyValuePair<QuoteSpan, QuoteCandidate>>();
        // A quote too short to keep ("“Every day,” she conceded.") still names the speaker of what follows.
        foreach (var span in spans.Where(s => s.MergedInto is null && (!s.Rejected || IsShortAttributed(s))))
        {
            var candidate = new QuoteCandidate(QuoteKind.Direct, [.. span.Parts], a.Document.TokenIndexAt(span.OpenMark))
            {
                Attribution = span.Attribution,
                Hidden = span.Rejected,
            };
            if (span.Attribution is { } found)
            {
                candidate.Position = found.VerbToken;
            }

            bySpan.Add(new(span, candidate));
            candidates.Add(candidate);
        }

        // Quotes without their own attribution go through the inheritance sieves (SieveOrder.Inheritance),
        // which read the attributed quotes by paragraph.
        var attributedByParagraph = bySpan
            .Where(p => p.Value.Attribution is not null)
            .GroupBy(p => a.Document.ParagraphIndexAt(p.Key.OpenMark))
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key.OpenMark, p.Value)).ToList());
        foreach (var (span, candidate) in bySpan.Where(p => p.Value.Attribution is null && !p.Value.Hidden))
        {
            if (SieveOrder.Inherit(new InheritanceContext(a, span, candidate, attributedByParagraph)))
            {
                // An interview's run of "On X: “…”" paragraphs keeps passing the speaker on.
                var paragraph = a.Document.ParagraphIndexAt(span.OpenMark);
                if (!attributedByParagraph.TryGetValue(paragraph, out var list))
                {
                    attributedByParagraph[paragraph] = list = [];
                }

                list.Add((span.OpenMark, candidate));
            }
        }

        return candidates;
    }

    private static bool IsShortAttributed(QuoteSpan span) =>
        span.WordCount is > 0 and < MinWords && span.Attribution is { Rule: not ReportedFragmentSieve.Rule };

    private static void TryMerge(ArticleAnalysis a, QuoteSpan first, QuoteSpan next, int windowEnd)
    {
        var nextOpen = a.Document.TokenIndexAt(next.OpenMark);
        var endsStatement = first.End > 0 && a.Text[first.End - 1] is '.' or '!' or '?';
        if (windowEnd != nextOpen || endsStatement || nextOpen == 0 || !a.Tokens[nextOpen - 1].Is(a.Text, ',')
            || a.Document.ParagraphIndexAt(next.OpenMark) != a.Document.ParagraphIndexAt(first.OpenMark))
        {
            return;
        }

        next.MergedInto = first;
        var lastPart = first.Parts[^1];
        if (lastPart.End < a.Text.Length && a.Text[lastPart.End] == ',')
        {
            // "We are ready," she said, "but…" reads back as "We are ready, but…".
            first.Parts[^1] = new TextRange(lastPart.Start, lastPart.End + 1);
        }

        first.Parts.AddRange(next.Parts);
        first.WordCount += next.WordCount;
    }

    private static bool IsNotAQuotation(ArticleAnalysis a, QuoteSpan span, bool fragment)
    {
        var words = span.WordCount;
        if (words < MinWords || (fragment && words < MinFragmentWords))
        {
            return true;
        }

        var open = a.Document.TokenIndexAt(span.OpenMark);
        // "In her book, “The Harbour Trap: Why Ports Fail Small Towns”, Lund argues …": a work's title in title case may
        // run longer than a scare quote.
        if ((words <= MaxScareWords || (words <= MaxDisplayWords && IsTitleCase(a, span))) && HasCue(a, open, Lexicon.ScareCues))
        {
            return true;
        }

        if (words < MinFragmentWords && HasCue(a, open, Lexicon.CharacterisationVerbs))
        {
            return true;
        }

        if (words <= MaxDisplayWords && OnDisplay(a, open))
        {
            return true;
        }

        if (words <= MaxDisplayWords && NamesAWork(a, span, open))
        {
            return true;
        }

        if (span.Attribution is not null || SoundsSpoken(a, span) || (words >= MinFragmentWords && SpeechVerbBefore(a, open)))
        {
            return false;
        }

        // "a poster drive, «Our Rivers, Our Future», across the capital": a title in apposition.
        var closeToken = a.Document.TokenIndexAt(span.OuterEnd);
        if (words <= 10 && IsTitleCase(a, span) && open > 0 && a.Tokens[open - 1].Is(a.Text, ',')
            && closeToken < a.Tokens.Count && a.Tokens[closeToken].Is(a.Text, ','))
        {
            return true;
        }

        var midSentence = open > 0 && a.Tokens[open - 1].Kind is TokenKind.Word or TokenKind.Possessive or TokenKind.Number
            && a.SentenceOf(open - 1) == a.SentenceOf(open);
        if (!midSentence)
        {
            return false;
        }

        return words <= MaxScareWords - 1 || (words <= 8 && IsTitleCase(a, span));
    }

    // "… argued that the architecture was “being rebuilt on sand”": reported words, even when the speaker
    // phrase is too tangled to read.
    private static bool SpeechVerbBefore(ArticleAnalysis a, int open)
    {
        for (var k = open - 1; k >= 0 && open - k <= 40 && a.SentenceOf(k) == a.SentenceOf(open); k--)
        {
            if (!a.InsideQuote(k) && a.IsSpeechVerb(k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnDisplay(ArticleAnalysis a, int open)
    {
        var k = open - 1;
        if (k >= 0 && (a.Tokens[k].Is(a.Text, ',') || a.Tokens[k].Is(a.Text, ':')))
        {
            k--;
        }

        if (k < 1 || !DisplayVerbs.Contains(a.Text, a.Tokens[k]))
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && k - j <= 3 && a.SentenceOf(j) == a.SentenceOf(k); j--)
        {
            if (DisplayNouns.Contains(a.Text, a.Tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    // "We want ballots, not bullets", "No to the Russian law!": a first or second person, or an exclamation,
    // is somebody speaking even without a speech verb.
    private static bool SoundsSpoken(ArticleAnalysis a, QuoteSpan span)
    {
        var last = a.Text[span.End - 1];
        if (last is '!' or '?')
        {
            return true;
        }

        for (var k = a.Document.TokenIndexAt(span.Start); k < a.Tokens.Count && a.Tokens[k].Start < span.End; k++)
        {
            if (Speakers.Contains(a.Text, a.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    // "the so-called “special operation”", "a report titled “Securing the East”", "what Moscow calls a “…”":
    // the cue stands right before the mark, or before an article that does.
    private static bool HasCue(ArticleAnalysis a, int open, WordSet cues)
    {
        var k = open - 1;
        if (k >= 0 && a.Tokens[k].Is(a.Text, ','))
        {
            // "The movement’s old slogan, “Bread before borders”,"
            k--;
        }

        if (k >= 0 && Lexicon.Determiners.Contains(a.Text, a.Tokens[k]))
        {
            k--;
        }

        if (k >= 0 && a.Tokens[k].Kind == TokenKind.Word && !cues.Contains(a.Text, a.Tokens[k]) && k - 1 >= 0
            && cues.Contains(a.Text, a.Tokens[k - 1]) && Lexicon.CharacterisationVerbs.Contains(a.Text, a.Tokens[k - 1]))
        {
            // "called the move “…”", "described it as “…”": a verb, its object, then the mark.
            k--;
        }

        if (k >= 0 && a.Tokens[k].Is(a.Text, "as"))
        {
            k--;
        }

        return k >= 0 && cues.Contains(a.Text, a.Tokens[k]);
    }

    // "a long read on …", "a guide to …": what a newsletter calls the pieces it lists.
    private static readonly WordSet WorkNouns = new("read guide explainer profile piece investigation interview", indexed: false);

    // The quoted words are the name of a work or a headline, described as one: "“Who Pays for the Ferry?”, an essay on
    // …", "“The price of a ferry” (Harbour Post);" on a front-page round-up, "on Harbour TV’s “Sunday Questions”" (a
    // programme's name in title case after its channel's possessive).
    private static bool NamesAWork(ArticleAnalysis a, QuoteSpan span, int open)
    {
        var tokens = a.Tokens;
        var after = a.Document.TokenIndexAt(span.OuterEnd);
        if (after < tokens.Count && tokens[after].Is(a.Text, ','))
        {
            after++;
        }

        if (after + 1 < tokens.Count && (tokens[after].Is(a.Text, "a") || tokens[after].Is(a.Text, "an")))
        {
            for (var k = after + 1; k < tokens.Count && k <= after + 3 && tokens[k].IsWord; k++)
            {
                if (Lexicon.ScareCues.Contains(a.Text, tokens[k]) || WorkNouns.Contains(a.Text, tokens[k]))
                {
                    return true;
                }
            }
        }

        var close = a.Document.TokenIndexAt(span.OuterEnd);
        if (close + 2 < tokens.Count && tokens[close].Is(a.Text, '(') && tokens[close + 1].IsCapitalized(a.Text))
        {
            var shut = close + 2;
            while (shut < tokens.Count && shut - close <= 5 && tokens[shut].IsWord)
            {
                shut++;
            }

            if (shut < tokens.Count && tokens[shut].Is(a.Text, ')') && (shut + 1 == tokens.Count || tokens[shut + 1].Kind == TokenKind.Punct))
            {
                return true;
            }
        }

        // A reading list: "“The long road back”, in the Harbour Post's weekend edition." opening its own paragraph.
        var outlet = after + 1 < tokens.Count && tokens[after + 1].Is(a.Text, "the") ? after + 2 : after + 1;
        if (outlet < tokens.Count && after > close && tokens[after].Is(a.Text, "in") && tokens[outlet].IsCapitalized(a.Text)
            && a.Document.TokenIndexAt(a.Document.Paragraphs[a.Document.ParagraphIndexAt(span.OpenMark)].Start) == open)
        {
            return true;
        }

        // "A report by the auditors in October, “Money still looking for projects”, found …": a title set off by commas
        // after the noun for the work it names.
        if (open >= 2 && tokens[open - 1].Is(a.Text, ',') && after > close && !SpeechVerbBefore(a, open))
        {
            for (var k = open - 2; k >= 0 && open - k <= 10 && a.SentenceOf(k) == a.SentenceOf(open); k--)
            {
                if (ReportNouns.Contains(a.Text, tokens[k]))
                {
                    return true;
                }
            }
        }

        return span.WordCount <= 8 && open > 0 && tokens[open - 1].Kind == TokenKind.Possessive && IsTitleCase(a, span);
    }

    private static readonly WordSet ReportNouns = new("report book study paper essay film documentary novel memoir album song play series", indexed: false);

    private static bool IsTitleCase(ArticleAnalysis a, QuoteSpan span)
    {
        var from = a.Document.TokenIndexAt(span.Start);
        for (var k = from; k < a.Tokens.Count && a.Tokens[k].Start < span.End; k++)
        {
            var token = a.Tokens[k];
            if (token.Kind == TokenKind.Word && char.IsLower(a.Text[token.Start]) && token.Length > 3)
            {
                return false;
            }
        }

        return true;
    }

    private static int CountWords(ArticleAnalysis a, QuoteSpan span)
    {
        var count = 0;
        foreach (var part in span.Parts)
        {
            for (var k = a.Document.TokenIndexAt(part.Start); k < a.Tokens.Count && a.Tokens[k].Start < part.End; k++)
            {
                if (a.Tokens[k].Kind is TokenKind.Word or TokenKind.Number)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
