using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction.Sieves;

// The body a sentence opens on, for an "it" or "the paper" in the next one: an organisation the article named there
// ("The Harbour Front claimed the attack. It said …"), or in a press review a paper known only by its name ("The liberal
// Nordposten disagreed. Its editorial warned …", "Freedonia's Le Phare went further.").
internal static class BodyOpeningSentence
{
    private const int MaxNameTokens = 3;

    // Whether the sentence before opens on a capitalised name of any kind ("Freedonia's Le Phare went further"): then an
    // "it" after it means that name or nobody, never an organisation quoted further back.
    public static bool OpensOnAName(ArticleAnalysis a, int position) => NameOpening(a, position, a.SentenceOf(position) - 1, anyone: true) is not null;

    public static string? Before(ArticleAnalysis a, int position) => Opening(a, position, a.SentenceOf(position) - 1);

    // "The embassy praised the deal in a post, where it wrote …": the body the pronoun's own sentence opened on.
    public static string? Own(ArticleAnalysis a, int position) => Opening(a, position, a.SentenceOf(position));

    private static string? Opening(ArticleAnalysis a, int position, int sentence)
    {
        foreach (var (token, name, _) in a.People.Organisations)
        {
            if (token >= 0 && token < position && a.SentenceOf(token) == sentence)
            {
                if (Opens(a, token, sentence))
                {
                    return name;
                }

                // "Rosatom, Russia's nuclear company, signed …": a body named later in the sentence leaves its opening name.
                break;
            }
        }

        return NameOpening(a, position, sentence, anyone: false);
    }

    // The sentence opens at `token`, perhaps after "the", describing words or an owner's possessive.
    private static bool Opens(ArticleAnalysis a, int token, int sentence)
    {
        var k = token - 1;
        while (k >= 0 && a.SentenceOf(k) == sentence && token - k <= 4
            && (a.Tokens[k].Kind == TokenKind.Possessive || (a.Tokens[k].IsWord && char.IsLower(a.Text[a.Tokens[k].Start]))
                || Lexicon.Determiners.Contains(a.Text, a.Tokens[k])
                || (k + 1 < token && a.Tokens[k + 1].Kind == TokenKind.Possessive)))
        {
            k--;
        }

        return k < 0 || a.SentenceOf(k) != sentence;
    }

    // "The liberal Nordposten", "Freedonia's Le Phare": past a determiner, lowercase describing words or an owner's possessive,
    // a capitalised name that is nobody of the article and is followed by its verb.
    private static string? NameOpening(ArticleAnalysis a, int position, int sentence, bool anyone)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        var k = position - 1;
        while (k > 0 && a.SentenceOf(k - 1) >= sentence)
        {
            k--;
        }

        if (k < 0 || a.SentenceOf(k) != sentence)
        {
            return null;
        }

        var limit = Math.Min(tokens.Count, k + 6);
        if (k < limit && Lexicon.Determiners.Contains(text, tokens[k]))
        {
            k++;
        }
        else if (k + 1 < limit && tokens[k + 1].Kind == TokenKind.Possessive && tokens[k].IsCapitalized(text))
        {
            // "Freedonia's Le Phare": the owner's possessive.
            k += 2;
        }

        while (k < limit && tokens[k].IsWord && char.IsLower(text[tokens[k].Start]) && !Names.IsParticle(a, k))
        {
            k++;
        }

        var first = k;
        while (k < tokens.Count && k - first < MaxNameTokens && (tokens[k].IsCapitalized(text) || (k > first || k + 1 < tokens.Count) && Names.IsParticle(a, k)))
        {
            k++;
        }

        // "Nordposten, which backs the mayor, led with …": an appositive or a relative clause between name and verb.
        var verb = AfterAppositive(a, k);
        if (k == first || verb >= tokens.Count || !IsVerb(a, verb)
            || (!anyone && a.People.Mentions.Any(m => m.TokenIndex >= first && m.TokenIndex < k && IsPersonLike(m.Person))))
        {
            return null;
        }

        // A body the catalogue knows is that body ("Rosatom, the state nuclear company, signed …"); a state or a person it
        // knows is no body of the article's.
        if (a.Catalogue.TryMatchAlias(text, tokens, first, k, out _, out var known))
        {
            return known.Kind is ActorKind.Organisation ? known.Name : null;
        }

        return text[tokens[first].Start..tokens[k - 1].End];
    }

    private const int MaxAppositiveTokens = 14;

    // Where the words after a comma-delimited appositive starting at `k` begin; `k` itself when none stands there.
    private static int AfterAppositive(ArticleAnalysis a, int k) => a.AppositiveClose(k, MaxAppositiveTokens) is > 0 and var close ? close + 1 : k;

    // "Eni said …. It added": a one-word name the article gives no first name, gender or post is as likely a company,
    // and the "it" after it says which.
    private static bool IsPersonLike(ArticlePerson person) =>
        person.Name.Contains(' ', StringComparison.Ordinal) || person.Gender != Gender.Unknown || person.Role is not null;

    // "went further", "disagreed", "warned": the name is the sentence's subject, not a thing's name
    // ("The Nord Stream pipeline").
    private static bool IsVerb(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        return token.IsWord && char.IsLower(a.Text[token.Start])
            && (a.IsSpeechVerb(k) || Lexicon.Auxiliaries.Contains(a.Text, token) || TakenVerbs.Contains(a.Text, token)
                || token.Span(a.Text).EndsWith("ed", StringComparison.Ordinal));
    }

    private static readonly WordSet TakenVerbs = new("was is were are has had took takes struck strikes ran runs saw sees went goes led leads", indexed: false);
}
