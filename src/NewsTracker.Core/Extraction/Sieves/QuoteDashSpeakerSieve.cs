namespace NewsTracker.Core.Extraction.Sieves;

// "“…” — Cllr Ada Quist, at Wednesday's meeting": a pull quote, an epigraph or a newsletter's quote of the week signed
// off with a dash and who said it, no speech verb, on the quote's line or the next. The sign-off runs to a comma or the
// end of its sentence.
internal sealed class QuoteDashSpeakerSieve : IAttributionSieve
{
    public const string Rule = "quote-dash-speaker";

    public string Name => Rule;

    // A sign-off is short: a name, a title and an affiliation, not a sentence.
    private const int MaxSignOff = 12;

    public Attribution? Try(QuoteContext context)
    {
        var a = context.Analysis;
        var dash = a.Document.TokenIndexAt(context.Span.OuterEnd);
        // "– said Belgian senator Ada Quist, during …": the sign-off may open with its speech verb.
        var from = dash + 2 < a.Tokens.Count && a.IsSpeechVerb(dash + 1) ? dash + 2 : dash + 1;
        if (from >= a.Tokens.Count || a.Tokens[dash].Kind != TokenKind.Punct || a.Text[a.Tokens[dash].Start] is not ('—' or '–' or '-')
            || !(a.Tokens[from].IsCapitalized(a.Text) || (from > dash + 1 && a.Tokens[from].IsWord)) || !SignsOff(a, context, dash))
        {
            return null;
        }

        var paragraphEnd = a.Document.Paragraphs[a.Document.ParagraphIndexAt(a.Tokens[dash].Start)].End;
        var end = from;
        while (end < a.Tokens.Count && a.Tokens[end].Start < paragraphEnd && !a.EndsSentence(end)
            && !a.Tokens[end].Is(a.Text, ',') && !a.Tokens[end].Is(a.Text, '('))
        {
            if (a.IsSpeechVerb(end) || a.InsideQuote(end) || end - dash > MaxSignOff)
            {
                return null;
            }

            end++;
        }

        // A sign-off that ends as soon as it starts ("— Mr." closing a sentence) names nobody.
        return end > from && SpeakerPhraseParser.Describe(a, from, end) is { Form: SpeakerForm.Name or SpeakerForm.Title or SpeakerForm.Organisation, IsIndefinite: false } phrase
            ? new Attribution(phrase, Rule, dash)
            : null;
    }

    // The dash follows the closing mark on its line, or opens the next line when the quote ends its own.
    private static bool SignsOff(ArticleAnalysis a, QuoteContext context, int dash) =>
        context.HasWordsAfter
            ? context.AfterStart == dash + 1
            : a.Document.TokenIndexAt(a.Document.Paragraphs[a.Document.ParagraphIndexAt(a.Tokens[dash].Start)].Start) == dash;
}
