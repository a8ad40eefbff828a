using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction.Sieves;

// Press reviews: "The conservative Morgenpost was the first to react. In an editorial, the paper said …" — "the paper"
// that no newspaper named before answers is the name the sentence before opens with, when the article shows nothing
// that makes that name a person's (a first name, a gender, a role, an age).
internal sealed class NewspaperNamedBeforeSieve : ISpeakerSieve
{
    public const string Rule = "newspaper-named-before";

    // A few words of adjectives, a determiner or an opening phrase ("In Norway,") before the paper's name.
    private const int MaxOpening = 8;

    private static readonly WordSet Particles = new("de het la le el al di der die", indexed: false);

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (!context.IsBareDescription || !Lexicon.NewspaperNouns.Contains(context.OrganisationName.Split(' ')[^1]))
        {
            return null;
        }

        return PaperOpeningSentenceBefore(context.Analysis, context.Phrase.StartToken) is { } paper
            ? context.Organisation(new ExtractedSpeaker(paper, ActorKind.Organisation, null, null), Rule)
            : null;
    }

    // The paper's name the sentence before the one holding `token` opens on, or null.
    public static string? PaperOpeningSentenceBefore(ArticleAnalysis a, int token)
    {
        var start = a.SentenceStart(token);
        return start > 0 ? OpeningName(a, a.SentenceStart(start - 1)) : null;
    }

    private static string? OpeningName(ArticleAnalysis a, int first)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        var sentence = a.SentenceOf(first);
        var k = first;
        // "In Norway, Dagsavisen ran …": an opening phrase up to its comma.
        if (tokens[k].Is(text, "in") || tokens[k].Is(text, "on") || tokens[k].Is(text, "at"))
        {
            while (k < tokens.Count && k - first < MaxOpening && !tokens[k].Is(text, ','))
            {
                k++;
            }

            k++;
        }

        // "The conservative", "France's": determiners, lower-case adjectives and an owner's possessive before the name.
        while (k < tokens.Count && k - first < MaxOpening && a.SentenceOf(k) == sentence)
        {
            if (Lexicon.Determiners.Contains(text, tokens[k])
                || (tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && !Particles.Contains(text, tokens[k])))
            {
                k++;
                continue;
            }

            var owner = k;
            while (owner < tokens.Count && owner - k < 3 && tokens[owner].Kind == TokenKind.Word && tokens[owner].IsCapitalized(text))
            {
                owner++;
            }

            if (owner == k || owner >= tokens.Count || tokens[owner].Kind != TokenKind.Possessive)
            {
                break;
            }

            k = owner + 1;
        }

        var nameStart = k;
        if (k < tokens.Count && Particles.Contains(text, tokens[k]) && char.IsLower(text[tokens[k].Start]))
        {
            k++;
        }

        var words = 0;
        while (k < tokens.Count && words < 3 && tokens[k].Kind == TokenKind.Word && tokens[k].IsCapitalized(text) && !a.InsideQuote(k))
        {
            k++;
            words++;
        }

        // The name must stand as the subject: a verb follows, not another name, a possessive or a role.
        if (words == 0 || k >= tokens.Count || tokens[k].Kind != TokenKind.Word || char.IsUpper(text[tokens[k].Start])
            || Lexicon.RoleNouns.Contains(text, tokens[k]))
        {
            return null;
        }

        var name = text[tokens[nameStart].Start..tokens[k - 1].End];
        return IsPaperName(a, name, nameStart) ? name : null;
    }

    private static bool IsPaperName(ArticleAnalysis a, string name, int at)
    {
        var words = name.Split(' ');
        if (a.Catalogue.TryMatchAlias(a.Text, a.Tokens, at, at + 1, out _, out _)
            || words.Any(w => FirstNames.Of(w) != Gender.Unknown || Lexicon.TitleWords.Contains(w) || Lexicon.RoleNouns.Contains(w)))
        {
            return false;
        }

        return !a.People.FindSurname(words[^1]).Any(IsPerson) && (a.People.FindFullName(name) is not { } person || !IsPerson(person));
    }

    private static bool IsPerson(ArticlePerson person) =>
        person.FromCatalogue || person.Gender != Gender.Unknown || person.Age > 0 || person.Role is not null;
}
