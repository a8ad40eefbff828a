namespace NewsTracker.Core.Extraction.Sieves;

// A wire lead that gives its source by rank and names them in the next paragraph: "The Navy will not …, a senior admiral
// told the committee on Thursday." then "Vice Adm. Ada Quist, who runs the program office, testified that …". Nobody is
// named before the lead; the next paragraph opens with the first person the article names, whose title holds the
// phrase's rank ("admiral"), or for an "official" the phrase's other word ("a defense official": "Defense Undersecretary").
// The phrase may also open the lead ("A federal judge said …" before "U.S. District Judge Ada Quist …").
// A source the sentence keeps anonymous ("speaking on condition of anonymity") stays unnamed.
internal sealed class LeadSourceNamedNextSieve : ISpeakerSieve
{
    public const string Rule = "lead-source-named-next";

    // "a senior Navy official", "an army officer": a short phrase, no clause.
    private const int MaxPhraseTokens = 5;

    // "KYIV, Ukraine, Dec 3 (Wire) —" before the lead's first word.
    private const int MaxDatelineTokens = 12;

    private static readonly WordSet Indefinite = new("a an", indexed: false);

    // Heads that name a rank but no post: the phrase's other words must then be in the holder's title.
    private static readonly WordSet RankOnly = new("official officer", indexed: false);

    // Words that keep a source anonymous, anywhere in the lead's sentence.
    private static readonly WordSet AnonymityWords = new("anonymity anonymously named identified authorised authorized", indexed: false);

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var a = context.Analysis;
        var (text, tokens) = (a.Text, a.Tokens);
        var (start, end) = (context.Phrase.StartToken, context.Phrase.EndToken);
        if (end - start < 2 || end - start > MaxPhraseTokens || !Indefinite.Contains(text, tokens[start]) || !(AfterContent(a, start) || OpensSentence(a, start))
            || a.People.Mentions.Any(m => m.TokenIndex >= 0 && m.TokenIndex < start) || KeptAnonymous(a, start))
        {
            return null;
        }

        // The first person named after the lead, opening the next paragraph after their title.
        var first = a.People.Mentions.FirstOrDefault(m => m.TokenIndex >= end);
        if (first.Person is not { Role: { } role } person || a.People.FirstMention(person) != first.TokenIndex
            || a.Document.ParagraphIndexAt(tokens[first.TokenIndex].Start) != a.Document.ParagraphIndexAt(tokens[start].Start) + 1
            || !OpensParagraph(a, first.TokenIndex))
        {
            return null;
        }

        var head = tokens[end - 1];
        var holds = RankOnly.Contains(text, head)
            ? Enumerable.Range(start + 1, end - start - 2).Any(k => tokens[k].IsWord && role.Contains(tokens[k].Text(text), StringComparison.OrdinalIgnoreCase)
                && !SpeakerContext.IsRankWord(tokens[k].Text(text)))
            : SpeakerContext.Matches(role, head.Text(text)) || TitleLexicon.StandsFor(head.Text(text), role);
        return holds ? SpeakerContext.Found(person, Rule) : null;
    }

    // ", a senior admiral told": the phrase closes the sentence after the content, behind a comma.
    private static bool AfterContent(ArticleAnalysis a, int start) =>
        start >= 2 && a.Tokens[start - 1].Is(a.Text, ',') && a.SentenceStart(start) < start - 1;

    // "WASHINGTON — A federal judge said …": the source opens its sentence, after the dateline if there is one.
    private static bool OpensSentence(ArticleAnalysis a, int start)
    {
        var first = a.SentenceStart(start);
        if (first == start)
        {
            return true;
        }

        var dash = a.Tokens[start - 1];
        return start - first <= MaxDatelineTokens && dash.Kind == TokenKind.Punct && a.Text[dash.Start] is '—' or '–' or '-'
            && a.Tokens[first].IsWord && a.Tokens[first].Span(a.Text) is var place && place.Length > 1 && !place.ContainsAnyInRange('a', 'z');
    }

    private static bool KeptAnonymous(ArticleAnalysis a, int token)
    {
        for (var k = a.SentenceStart(token); k <= a.SentenceEnd(token); k++)
        {
            if (AnonymityWords.Contains(a.Text, a.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    // Only the person's title words ("Vice Adm.", "Defense Undersecretary") stand between the paragraph's start and the name.
    private static bool OpensParagraph(ArticleAnalysis a, int name)
    {
        var paragraphStart = a.Document.Paragraphs[a.Document.ParagraphIndexAt(a.Tokens[name].Start)].Start;
        for (var k = a.Document.TokenIndexAt(paragraphStart); k < name; k++)
        {
            if (!a.Tokens[k].IsCapitalized(a.Text) && !a.Tokens[k].Is(a.Text, '.'))
            {
                return false;
            }
        }

        return true;
    }
}
