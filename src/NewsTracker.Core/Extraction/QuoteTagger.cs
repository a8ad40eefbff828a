namespace NewsTracker.Core.Extraction;

// The actors a quote names (through their aliases, case- and word-boundary-aware) and the topics its
// words mark (through stems, so "deployed" meets the keyword "deploy").
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

                if (tokens[k].IsCapitalized(a.Text) && PersonNamed(a, k) is { } person)
                {
                    AddOnce(found, person.Name);
                }

                k++;
            }
        }

        return found;
    }

    public static IReadOnlyList<string> Topics(ArticleAnalysis a, List<TextRange> parts)
    {
        var stems = new List<int>(32);
        Span<char> buffer = stackalloc char[Stemmer.MaxWordLength];
        foreach (var part in parts)
        {
            for (var k = a.Document.TokenIndexAt(part.Start); k < a.Tokens.Count && a.Tokens[k].Start < part.End; k++)
            {
                var token = a.Tokens[k];
                if (token.Kind is TokenKind.Word or TokenKind.Number)
                {
                    var word = token.Span(a.Text);
                    if (!a.Catalogue.CouldBeKeyword(word))
                    {
                        stems.Add(-1);
                        continue;
                    }

                    var length = Stemmer.Stem(word, buffer);
                    stems.Add(a.Catalogue.StemIdOf(buffer[..length]));
                }
            }
        }

        if (!stems.Exists(id => id >= 0))
        {
            return [];
        }

        var topics = new HashSet<string>(StringComparer.Ordinal);
        a.Catalogue.MatchTopics(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(stems), topics);
        return topics.Count == 0 ? [] : a.Catalogue.Source.Topics.Select(t => t.Name).Where(topics.Contains).ToList();
    }

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
