namespace NewsTracker.Core.Extraction.Sieves;

// Interview and profile copy puts the writer's question and then the answer in quotation marks, with no attribution:
// "And the worst night at sea? “The storm of 2019 …”" or a paragraph ending "Will the fleet be ready?" and then one that is all
// quotation. The answer is the interviewee's: the speaker of the latest attributed quote a few paragraphs back.
internal sealed class AnswerToQuestionSieve : IInheritanceSieve
{
    public const string Rule = "answer-to-question";

    // How many paragraphs back the interviewee's last attributed quote may be.
    private const int Reach = 4;

    // The writer's question is short: a longer run before the quote is narration.
    private const int MaxQuestionTokens = 24;

    public string Name => Rule;

    public bool TrySettle(InheritanceContext context)
    {
        if (!FollowsQuestion(context) || LatestAttributed(context) is not { } interviewee)
        {
            return false;
        }

        context.InheritFrom(interviewee, Rule);
        return true;
    }

    private static bool FollowsQuestion(InheritanceContext context)
    {
        var a = context.Analysis;
        var paragraph = a.Document.Paragraphs[context.Paragraph];
        var first = a.Document.TokenIndexAt(paragraph.Start);
        var open = a.Document.TokenIndexAt(context.Span.OpenMark);
        if (open == first)
        {
            // A paragraph that is all quotation, after one that ends in the writer's question.
            return context.Paragraph > 0 && a.Document.TokenIndexAt(a.Document.Paragraphs[context.Paragraph - 1].End) - 1 is var last
                && last >= 0 && a.Tokens[last].Is(a.Text, '?') && !a.InsideQuote(last);
        }

        // "So what changed? “…”": the question alone opens the paragraph.
        if (open - first > MaxQuestionTokens || !a.Tokens[open - 1].Is(a.Text, '?') || a.SentenceOf(first) != a.SentenceOf(open - 1))
        {
            return false;
        }

        for (var k = first; k < open; k++)
        {
            if (a.InsideQuote(k) || a.IsSpeechVerb(k))
            {
                return false;
            }
        }

        return true;
    }

    private static QuoteCandidate? LatestAttributed(InheritanceContext context)
    {
        for (var p = context.Paragraph; p >= 0 && context.Paragraph - p <= Reach; p--)
        {
            if (context.AttributedBefore(p) is { } attributed)
            {
                return attributed;
            }
        }

        return null;
    }
}
