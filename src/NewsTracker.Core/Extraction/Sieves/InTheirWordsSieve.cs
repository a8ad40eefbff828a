namespace NewsTracker.Core.Extraction.Sieves;

// "In his words, the West has lost touch with reality", "In Peskov's words, …", "In her view, …", "In his opinion, …":
// the owner of the words or the view opening the sentence is its source; a possessive pronoun stands for its person
// ("his" as "he"). "In its judgment, the tribunal found and stated …" reports with a verb of its own and is left to it; "In his words,
// Tiraspol has asked …" is still his.
internal sealed class InTheirWordsSieve : IReportedSieve
{
    public const string Rule = "in-their-words";

    // What the owner said or thinks: "words" and the nouns of a stated view.
    private static readonly WordSet Nouns = new("words view opinion judgment judgement", indexed: false);

    public string Name => Rule;

    public ReportedMatch? Try(ReportedContext context)
    {
        var (a, start, last) = (context.Analysis, context.Start, context.Last);
        return Source(a, start, last, out var clause) is { } source
            ? new ReportedMatch(clause, context.ClauseEnd(clause), new Attribution(source, Rule, start), start)
            : null;
    }

    // The owner of the words when "In … words," opens the sentence at `start`, with where the clause after it begins.
    public static SpeakerPhrase? Source(ArticleAnalysis a, int start, int last, out int clause)
    {
        clause = -1;
        var tokens = a.Tokens;
        if (start + 4 >= last || !tokens[start].Is(a.Text, "in"))
        {
            return null;
        }

        // The owner: a possessive pronoun, or a name of up to three words before a possessive.
        var words = start + 2;
        SpeakerPhrase? source = null;
        if (SpeakerPhraseParser.OwnerPronoun(tokens[start + 1].Span(a.Text)) is { } pronoun)
        {
            source = new SpeakerPhrase
            {
                StartToken = start + 1,
                EndToken = start + 2,
                AsWritten = tokens[start + 1].Text(a.Text),
                Form = SpeakerForm.Pronoun,
                Pronoun = pronoun,
            };
        }
        else
        {
            while (words < last && words - start <= 5 && tokens[words - 1].Kind != TokenKind.Possessive)
            {
                words++;
            }

            if (tokens[words - 1].Kind == TokenKind.Possessive && tokens[start + 1].IsCapitalized(a.Text))
            {
                source = SpeakerPhraseParser.Describe(a, start + 1, words - 1);
            }
        }

        if (source is null || source.Form is SpeakerForm.Anonymous || words + 1 >= last
            || !Nouns.Contains(a.Text, tokens[words]) || !tokens[words + 1].Is(a.Text, ',') || (!tokens[words].Is(a.Text, "words") && ReportsItself(a, words + 2, last)))
        {
            return null;
        }

        clause = words + 2;
        return source;
    }

    // "In its judgment, the tribunal stated …": the clause has a speech verb of its own.
    private static bool ReportsItself(ArticleAnalysis a, int clause, int last)
    {
        for (var k = clause; k < last; k++)
        {
            if (a.InsideQuote(k))
            {
                break;
            }

            if (a.IsSpeechVerb(k))
            {
                return true;
            }
        }

        return false;
    }
}
