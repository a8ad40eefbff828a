namespace NewsTracker.Core.Extraction.Sieves;

// "…, Port Director Ada Quist said the cranes were worn out." and then a paragraph that is all quotation:
// the reported speaker goes on in her own words.
internal sealed class PreviousParagraphSpeakerSieve : IInheritanceSieve
{
    public const string Rule = "previous-paragraph-speaker";

    private const int MaxVerbDistance = 20;

    public string Name => Rule;

    public bool TrySettle(InheritanceContext context)
    {
        if (context.Paragraph == 0 || !context.OpensParagraph || ReportingSpeaker(context.Analysis, context.Paragraph - 1) is not { } reporter)
        {
            return false;
        }

        context.Take(reporter);
        return true;
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

        var first = a.SentenceStart(last);
        for (var v = first; v < last && v - first < MaxVerbDistance; v++)
        {
            if (!a.InsideQuote(v) && a.IsSpeechVerb(v) && !Lexicon.QuoteOnlyVerbs.Contains(a.Text, a.Tokens[v]))
            {
                var phrase = SpeakerPhraseParser.Before(a, v, SpeakerPhraseParser.ClauseSubjectStart(a, first, v));
                return phrase is { Form: not SpeakerForm.Anonymous } ? new Attribution(phrase, Rule, v) : null;
            }
        }

        return null;
    }
}
