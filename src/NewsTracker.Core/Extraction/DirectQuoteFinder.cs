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

        // A paragraph usually has one speaker: quotes without their own attribution take the nearest
        // attributed quote of their paragraph, the earlier one first.
        var attributedByParagraph = bySpan
            .Where(p => p.Value.Attribution is not null)
            .GroupBy(p => a.Document.ParagraphIndexAt(p.Key.OpenMark))
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key.OpenMark, p.Value)).ToList());
        foreach (var (span, candidate) in bySpan.Where(p => p.Value.Attribution is null && !p.Value.Hidden))
        {
            Inherit(a, span, candidate, attributedByParagraph);
            if (candidate.InheritFrom is not null || candidate.Attribution is not null)
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
        if (words <= MaxScareWords && HasCue(a, open, Lexicon.ScareCues))
        {
            return true;
        }

        if (words < MinFragmentWords && HasCue(a, open, Lexicon.CharacterisationVerbs))
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

    private static void Inherit(ArticleAnalysis a, QuoteSpan span, QuoteCandidate candidate, Dictionary<int, List<(int OpenMark, QuoteCandidate Candidate)>> attributedByParagraph)
    {
        var paragraph = a.Document.ParagraphIndexAt(span.OpenMark);
        if (attributedByParagraph.TryGetValue(paragraph, out var attributed))
        {
            var earlier = attributed.LastOrDefault(x => x.OpenMark < span.OpenMark);
            candidate.InheritFrom = earlier.Candidate ?? attributed.First(x => x.OpenMark > span.OpenMark).Candidate;
            candidate.InheritRule = SieveConfidence.SameParagraph;
            return;
        }

        if (paragraph > 0 && ColonIntroduction(a, paragraph - 1) is { } intro)
        {
            candidate.Attribution = intro;
            candidate.Position = intro.VerbToken;
            return;
        }

        // Interview and feature copy: a quote that opens its paragraph ("On the CSTO: “…”") without a
        // speaker carries on the speaker of the paragraph before, when nobody else was named in between.
        if (paragraph > 0 && OpensParagraph(a, span) && attributedByParagraph.TryGetValue(paragraph - 1, out var previous))
        {
            candidate.InheritFrom = previous[^1].Candidate;
            candidate.InheritRule = SieveConfidence.PreviousParagraph;
            return;
        }

        // "…, Transport Minister Ada Kovacs said the strikes were meant to cut the supply lines." and
        // then a paragraph that is all quotation: the reported speaker goes on in her own words.
        if (paragraph > 0 && OpensParagraph(a, span) && ReportingSpeaker(a, paragraph - 1) is { } reporter)
        {
            candidate.Attribution = reporter;
            candidate.Position = reporter.VerbToken;
            return;
        }

        // "Lavrov was blunt. “The West has chosen confrontation.”": a quote standing as its own sentence
        // belongs to the person the sentence before is about.
        if (PreviousSentenceSubject(a, span) is { } subject)
        {
            candidate.Attribution = subject;
            candidate.Position = subject.VerbToken;
        }
    }

    // The speaker of reported speech in the last sentence of a paragraph.
    private static Attribution? ReportingSpeaker(ArticleAnalysis a, int paragraph)
    {
        var range = a.Document.Paragraphs[paragraph];
        var last = a.Document.TokenIndexAt(range.End) - 1;
        if (last < 0 || a.InsideQuote(last))
        {
            return null;
        }

        var sentence = a.SentenceOf(last);
        var first = last;
        while (first - 1 >= 0 && a.SentenceOf(first - 1) == sentence)
        {
            first--;
        }

        for (var v = first; v < last && v - first < 20; v++)
        {
            if (!a.InsideQuote(v) && a.IsSpeechVerb(v) && !Lexicon.QuoteOnlyVerbs.Contains(a.Text, a.Tokens[v]))
            {
                var phrase = SpeakerPhraseParser.Before(a, v, SpeakerPhraseParser.ClauseSubjectStart(a, first, v));
                return phrase is { Form: not SpeakerForm.Anonymous } ? new Attribution(phrase, "previous-paragraph-speaker", v) : null;
            }
        }

        return null;
    }

    private static Attribution? PreviousSentenceSubject(ArticleAnalysis a, QuoteSpan span)
    {
        var open = a.Document.TokenIndexAt(span.OpenMark);
        if (open == 0 || !a.EndsSentence(open - 1) || a.Document.ParagraphIndexAt(a.Tokens[open - 1].Start) != a.Document.ParagraphIndexAt(span.OpenMark))
        {
            return null;
        }

        var sentence = a.SentenceOf(open - 1);
        MentionOfPerson? subject = null;
        foreach (var mention in a.People.Mentions)
        {
            if (mention.Sentence == sentence)
            {
                subject = mention;
                break;
            }

            if (mention.Sentence > sentence)
            {
                break;
            }
        }

        if (subject is not { } found)
        {
            return null;
        }

        var phrase = new SpeakerPhrase
        {
            StartToken = found.TokenIndex,
            EndToken = found.TokenIndex + 1,
            AsWritten = found.Person.Name,
            Form = SpeakerForm.Name,
            Name = found.Person.Name,
            Role = found.Person.Role,
            Affiliation = found.Person.Affiliation,
        };
        return new Attribution(phrase, "previous-sentence-subject", found.TokenIndex);
    }

    private static bool OpensParagraph(ArticleAnalysis a, QuoteSpan span)
    {
        var paragraph = a.Document.Paragraphs[a.Document.ParagraphIndexAt(span.OpenMark)];
        var first = a.Document.TokenIndexAt(paragraph.Start);
        var open = a.Document.TokenIndexAt(span.OpenMark);
        for (var k = first; k < open; k++)
        {
            // Only a short topic header may come first: "On the CSTO:".
            if (open - first > 6 || (a.Tokens[k].IsCapitalized(a.Text) && a.People.FindSurname(a.Tokens[k].Span(a.Text)).Count > 0))
            {
                return false;
            }
        }

        return open == first || a.Tokens[open - 1].Is(a.Text, ':');
    }

    // "Lavrov told reporters:" closing the previous paragraph introduces the quote that follows.
    private static Attribution? ColonIntroduction(ArticleAnalysis a, int paragraph)
    {
        var range = a.Document.Paragraphs[paragraph];
        var last = a.Document.TokenIndexAt(range.End) - 1;
        if (last < 0 || !a.Tokens[last].Is(a.Text, ':') || a.InsideQuote(last))
        {
            return null;
        }

        var floor = a.Document.TokenIndexAt(range.Start);
        for (var v = last - 1; v >= floor && last - v <= 12; v--)
        {
            if (a.IsSpeechVerb(v))
            {
                var phrase = SpeakerPhraseParser.Before(a, v, floor) ?? SpeakerPhraseParser.After(a, v + 1, last);
                return phrase is null ? null : new Attribution(phrase, "colon-introduction", v);
            }
        }

        return null;
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
