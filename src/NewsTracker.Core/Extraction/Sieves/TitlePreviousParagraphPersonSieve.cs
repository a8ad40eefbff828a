namespace NewsTracker.Core.Extraction.Sieves;

// "Ada Quist has led the fishermen's union since 2009. …¶“…,” the veteran union leader said": a described title of
// common words with "the" stands for the one person the paragraph before names, when its own paragraph names nobody
// before it and the person holds no other post by name; tried before the nearest holder of a title. Not a title that
// hides its holder ("the senior official") nor a spokesperson.
internal sealed class TitlePreviousParagraphPersonSieve : ISpeakerSieve
{
    public const string Rule = "title-previous-paragraph-person";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var a = context.Analysis;
        var (text, tokens) = (a.Text, a.Tokens);
        var (start, end) = (context.Phrase.StartToken, context.Phrase.EndToken);
        // "the former Coast Guard captain": what the person once was may name the body they served, and it is no
        // present post, so the person's present one does not stand against it.
        var former = end - start is >= 3 and <= MaxFormerTokens && tokens[start].Is(text, "the") && tokens[start + 1].Is(text, "former")
            && char.IsLower(text[tokens[end - 1].Start]);
        if (context.Phrase.Form != SpeakerForm.Title || (!former && (context.Phrase.Affiliation is not null || end - start is < 3 or > 4))
            || !tokens[start].Is(text, "the"))
        {
            return null;
        }

        for (var k = start + 1; k < end && !former; k++)
        {
            if (!tokens[k].IsWord || !char.IsLower(text[tokens[k].Start]))
            {
                return null;
            }
        }

        var paragraph = a.Document.ParagraphIndexAt(tokens[start].Start);
        if (paragraph == 0)
        {
            return null;
        }

        var only = a.People.OnlyPersonNamed(a.Document.Paragraphs[paragraph - 1].Start, start, nobodyFrom: a.Document.Paragraphs[paragraph].Start);

        var head = context.TitleHead;
        return HidesHolder(head) || !CouldHold(a, only, former ? null : head) ? null : SpeakerContext.Found(only!, Rule);
    }

    private const int MaxFormerTokens = 6;

    // "the official", "the spokesman": titles that hide their holder or speak for someone else.
    internal static bool HidesHolder(string head) =>
        Lexicon.AnonymousHeads.Contains(head) || head.StartsWith("spokes", StringComparison.OrdinalIgnoreCase);

    // A person the article named who could hold a title of this head word: not a body or place the article wrote like a
    // name, not a name the headline gave before the text introduced anyone by it, and no other post by name.
    // A null head: any post.
    internal static bool CouldHold(ArticleAnalysis a, ArticlePerson? person, string? head) =>
        person is not null && person.Confirmed && !a.People.IsNamedBody(person.Name) && (person.FromCatalogue || !a.Catalogue.Knows(person.Name))
        && a.People.FirstMention(person) >= 0
        && (head is null || person.Role is not { } role || SpeakerContext.Matches(role, head) || TitleLexicon.StandsFor(head, role));
}
