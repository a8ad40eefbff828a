namespace NewsTracker.Core.Extraction.Sieves;

// A parliament story's lead: "…, at the end of a sitting during which a Green councillor charged the mayor with “…”",
// and further down "The Green councillor, Ada Quist, …" or "Ivo Lund, of the Pirate Party, …". The member the lead
// describes by party is the one person first named later beside that party's word; with two such people, or none, the
// lead's member stays unnamed.
internal sealed class PartyMemberNamedLaterSieve : ISpeakerSieve
{
    public const string Rule = "party-member-named-later";

    // How many paragraphs after the lead the member may first be named.
    private const int Reach = 8;

    // How far from the person's first mention the party's word may stand.
    private const int Window = 8;

    // Not "senator": "a Guam senator", "a Texas senator" name a place, not a party.
    private static readonly WordSet Members = new("deputy member mp lawmaker legislator councillor councilor", indexed: false);

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var a = context.Analysis;
        var (text, tokens) = (a.Text, a.Tokens);
        var (start, end) = (context.Phrase.StartToken, context.Phrase.EndToken);
        if (end - start < 3 || end - start > 8 || !(tokens[start].Is(text, "a") || tokens[start].Is(text, "an"))
            || !Enumerable.Range(start + 1, end - start - 1).Any(k => Members.Contains(text, tokens[k])))
        {
            return null;
        }

        var marks = Enumerable.Range(start + 1, end - start - 1).Where(k => IsPartyMark(a, k)).Select(k => tokens[k].Text(text)).ToList();
        if (marks.Count == 0)
        {
            return null;
        }

        var paragraph = a.Document.ParagraphIndexAt(tokens[start].Start);
        ArticlePerson? found = null;
        // Mentions run in reading order: a person's first one is where the set first sees them.
        var seen = new HashSet<ArticlePerson>();
        foreach (var mention in a.People.Mentions)
        {
            if (!seen.Add(mention.Person) || mention.TokenIndex <= end)
            {
                continue;
            }

            if (a.Document.ParagraphIndexAt(tokens[mention.TokenIndex].Start) - paragraph > Reach)
            {
                break;
            }

            if (!NamedBeside(a, mention, marks))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = mention.Person;
        }

        return found is null ? null : SpeakerContext.Found(found, Rule);
    }

    // A capitalised word describing the member that is neither a state nor a title: "Green", "Pirate", "Social".
    private static bool IsPartyMark(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        return token.IsWord && token.IsCapitalized(a.Text) && !Members.Contains(a.Text, token) && !Lexicon.TitleWords.Contains(a.Text, token)
            && !(a.Catalogue.TryMatchAlias(a.Text, a.Tokens, k, k + 1, out _, out var actor) && actor.Kind == Actors.ActorKind.Country);
    }

    // The party's word near the person's first mention, in its sentence: "The Green councillor, Ada Quist," or "Ivo Lund,
    // of the Pirate Party,"; "Democrat" answers "Democrats".
    private static bool NamedBeside(ArticleAnalysis a, MentionOfPerson mention, List<string> marks)
    {
        for (var k = Math.Max(0, mention.TokenIndex - Window); k < Math.Min(a.Tokens.Count, mention.TokenIndex + Window); k++)
        {
            var token = a.Tokens[k];
            if (a.SentenceOf(k) != mention.Sentence || !token.IsWord || !token.IsCapitalized(a.Text) || a.InsideQuote(k))
            {
                continue;
            }

            var word = token.Span(a.Text);
            foreach (var mark in marks)
            {
                if (word.Equals(mark, StringComparison.OrdinalIgnoreCase)
                    || (Math.Min(word.Length, mark.Length) >= 5 && (word.StartsWith(mark, StringComparison.OrdinalIgnoreCase) || mark.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase))))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
