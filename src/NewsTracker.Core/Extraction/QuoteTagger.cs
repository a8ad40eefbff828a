namespace NewsTracker.Core.Extraction;

// The actors a quote names (through their aliases, case- and word-boundary-aware). Topics are tagged by
// Tagging/TopicTagger from the quote's text alone.
internal static class QuoteTagger
{
    public static IReadOnlyList<string> Actors(ArticleAnalysis a, List<TextRange> parts)
    {
        var found = new List<string>();
        var tokens = a.Tokens;
        foreach (var part in parts)
        {
            var k = a.Document.TokenIndexAt(part.Start);
            var limit = a.Document.TokenIndexAt(part.End);
            while (k < limit)
            {
                if (a.Catalogue.CouldStartAlias(a.Text, tokens[k]) && a.Catalogue.TryMatchAlias(a.Text, tokens, k, limit, out var length, out var actor))
                {
                    AddOnce(found, actor.Name);
                    k += length;
                    continue;
                }

                if (DescribedActor(a, k, limit, out var described, out var end))
                {
                    AddOnce(found, described.Name);
                    k = end;
                    continue;
                }

                if (tokens[k].IsCapitalized(a.Text) && PersonNamed(a, k) is { } person)
                {
                    AddOnce(found, person.Name);
                }

                k++;
            }
        }

        return found;
    }

    // "the intergovernmental military alliance": a description the catalogue ties to one actor, with up
    // to two lowercase words before its head ("the alliance" itself is an alias). "the alliance between
    // Moscow and Beijing" is some other alliance.
    private static bool DescribedActor(ArticleAnalysis a, int k, int limit, out KnownActor actor, out int end)
    {
        actor = null!;
        end = k;
        var tokens = a.Tokens;
        if (!tokens[k].Is(a.Text, "the"))
        {
            return false;
        }

        for (var head = k + 2; head <= k + 3 && head < limit; head++)
        {
            var word = tokens[head - 1];
            if (word.Kind != TokenKind.Word || !char.IsLower(a.Text[word.Start]) || tokens[head].Kind != TokenKind.Word)
            {
                return false;
            }

            if (a.Catalogue.FindDescription(tokens[head].Span(a.Text)) is { } described
                && !(head + 1 < limit && NamesAnother(a, tokens[head + 1])))
            {
                actor = described;
                end = head + 1;
                return true;
            }
        }

        return false;
    }

    private static bool NamesAnother(ArticleAnalysis a, Token next) =>
        next.Is(a.Text, "of") || next.Is(a.Text, "between") || next.Is(a.Text, "with") || next.Is(a.Text, "against");

    // A person the article introduced, named in the quote by surname ("Putin knows this").
    private static ArticlePerson? PersonNamed(ArticleAnalysis a, int k)
    {
        var people = a.People.FindSurname(a.Tokens[k].Span(a.Text));
        return people.Count == 1 && people[0].Confirmed ? people[0] : null;
    }

    private static void AddOnce(List<string> list, string name)
    {
        if (!list.Contains(name))
        {
            list.Add(name);
        }
    }
}
