namespace NewsTracker.Core.Extraction.Sieves;

// "“…”¶The warning came from Gov. Ada Quist, who …": a quote standing alone whose speaker the next paragraph names
// through a noun for what was said ("the warning", "the sharpest criticism", "those words") and "came from", or as
// "That was how Rep. Ada Quist opened her questions".
internal sealed class CameFromSieve : IInheritanceSieve
{
    public const string Rule = "came-from";

    // "The sharpest criticism": a determiner and a few describing words before the noun.
    private const int MaxLead = 4;

    public string Name => Rule;

    public bool TrySettle(InheritanceContext context)
    {
        var a = context.Analysis;
        if (!context.OpensParagraph || context.Paragraph + 1 >= a.Document.Paragraphs.Count
            || !EndsParagraph(a, context.Span, context.Paragraph) || Source(a, context.Paragraph + 1) is not { } source)
        {
            return false;
        }

        context.Take(source);
        return true;
    }

    private static bool EndsParagraph(ArticleAnalysis a, QuoteSpan span, int paragraph) =>
        a.Document.TokenIndexAt(a.Document.Paragraphs[paragraph].End) <= a.Document.TokenIndexAt(span.CloseMark) + 2;

    private static Attribution? Source(ArticleAnalysis a, int paragraph)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        var range = a.Document.Paragraphs[paragraph];
        var first = a.Document.TokenIndexAt(range.Start);
        var end = a.Document.TokenIndexAt(range.End);
        // "That was how Rep. Ada Quist opened her questions.": the next paragraph says whose words they were.
        if (end - first > 4 && (tokens[first].Is(text, "that") || tokens[first].Is(text, "this"))
            && (tokens[first + 1].Is(text, "was") || tokens[first + 1].Is(text, "is")) && tokens[first + 2].Is(text, "how")
            && SpeakerPhraseParser.After(a, first + 3, Math.Min(end, a.SentenceEnd(first) + 1)) is { Form: SpeakerForm.Name or SpeakerForm.Title } how)
        {
            return new Attribution(how, Rule, first + 2);
        }

        var k = first;
        while (k < end && k - first < MaxLead && !SpeechNouns.Set.Contains(text, tokens[k]) && tokens[k].Kind == TokenKind.Word
            && (k == first ? Lexicon.Determiners.Contains(text, tokens[k]) : char.IsLower(text[tokens[k].Start])))
        {
            k++;
        }

        if (k == first || k + 3 >= end || !SpeechNouns.Set.Contains(text, tokens[k]) || !tokens[k + 1].Is(text, "came") || !tokens[k + 2].Is(text, "from"))
        {
            return null;
        }

        var ceiling = Math.Min(end, a.SentenceEnd(k) + 1);

        return SpeakerPhraseParser.After(a, k + 3, ceiling) is { Form: not SpeakerForm.Pronoun } phrase
            ? new Attribution(phrase, Rule, k + 1)
            : null;
    }
}
