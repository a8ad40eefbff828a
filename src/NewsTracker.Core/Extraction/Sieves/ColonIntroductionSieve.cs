namespace NewsTracker.Core.Extraction.Sieves;

// "Varga told reporters:" closing the previous paragraph introduces the quote that follows; so do "He spoke to
// reporters afterwards:", "She continued:" and "He went on:", though those verbs elsewhere report no words ("Varga spoke
// with the minister, who said", "the talks continued").
internal sealed class ColonIntroductionSieve : IInheritanceSieve
{
    public const string Rule = "colon-introduction";

    private const int MaxVerbDistance = 12;

    private static readonly WordSet Speaking = new("spoke speaks speaking continued continues", indexed: false);

    private static readonly WordSet Going = new("went goes", indexed: false);

    public string Name => Rule;

    public bool TrySettle(InheritanceContext context)
    {
        if (context.Paragraph == 0 || Find(context.Analysis, context.Paragraph - 1) is not { } intro)
        {
            return false;
        }

        context.Take(intro);
        return true;
    }

    private static Attribution? Find(ArticleAnalysis a, int paragraph)
    {
        var range = a.Document.Paragraphs[paragraph];
        var last = a.Document.TokenIndexAt(range.End) - 1;
        if (last < 0 || !a.Tokens[last].Is(a.Text, ':') || a.InsideQuote(last))
        {
            return null;
        }

        var floor = a.Document.TokenIndexAt(range.Start);
        for (var v = last - 1; v >= floor && last - v <= MaxVerbDistance; v--)
        {
            if (a.IsSpeechVerb(v) || Speaking.Contains(a.Text, a.Tokens[v])
                || (Going.Contains(a.Text, a.Tokens[v]) && v + 1 < last && a.Tokens[v + 1].Is(a.Text, "on")))
            {
                // "The session turned tense. Senator Ada Quist, of the Greens, interjected:": the verb's own sentence holds its subject.
                var sentence = Math.Max(floor, a.SentenceStart(v));
                var phrase = SpeakerPhraseParser.Before(a, v, sentence) ?? SpeakerPhraseParser.After(a, v + 1, last);
                return phrase is null ? null : new Attribution(phrase, Rule, v);
            }
        }

        return null;
    }
}
