using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// Titles tied to places and owners: "Freedonia's Permanent Representative", "Envoy to the WTO", "Minister of Ports".
internal sealed partial class ArticlePeople
{
    // Where a capitalised title follows one to three capitalised words that are no first name, with a name of two
    // words or more after it; 0 when there is none.
    private int TitleAfterInstitution(int k, int end)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        for (var j = k; j < end && j - k <= 3; j++)
        {
            var token = tokens[j];
            if (!token.IsCapitalized(text) || (j == k && FirstNames.Of(token.Span(text)) != Gender.Unknown))
            {
                return 0;
            }

            if (j > k && Lexicon.TitleWords.Contains(text, token))
            {
                var name = j + 1;
                while (name < end && Lexicon.TitleWords.Contains(text, tokens[name]))
                {
                    name++;
                }

                return end - name >= 2 ? j : 0;
            }

            if (Lexicon.TitleWords.Contains(text, token) || FirstNames.Of(token.Span(text)) != Gender.Unknown)
            {
                return 0;
            }
        }

        return 0;
    }

    // "Ambassador to Japan", "Ambassador in Oslo", "the Senator representing Halden North", "the senator from Ohio".
    private static readonly WordSet PostingWords = new("to representing from in", indexed: false);

    // Only an envoy is posted "in" a capital: "the Consulate General in Atlanta" is a body.
    private static readonly WordSet PostedInTitles = new("ambassador envoy consul representative", indexed: false);

    // "to Norway", "to the UN" right after a title, or after its state ("Ambassador of Freedonia to Norway"): how many
    // tokens open the posting ("to", "to the").

    public static int PostingLength(ArticleAnalysis a, int k)
    {
        var text = a.Text;
        var tokens = a.Tokens;
        if (k < 1 || k + 1 >= tokens.Count || !PostingWords.Contains(text, tokens[k]) || !AfterTitle(a, k)
            || (tokens[k].Is(text, "in") && !PostedIn(a, k - 1)))
        {
            return 0;
        }

        if (tokens[k + 1].IsCapitalized(text) && !Lexicon.CommonCapitalised.Contains(text, tokens[k + 1]))
        {
            return 1;
        }

        return k + 2 < tokens.Count && tokens[k + 1].Is(text, "the") && tokens[k + 2].IsCapitalized(text) ? 2 : 0;
    }

    // "Ambassador in Oslo", "Consul General in Karachi", "Consul-General in Lagos": a post held in a city.
    private static bool PostedIn(ArticleAnalysis a, int title) =>
        PostedInTitles.Contains(a.Text, a.Tokens[title])
        || (title > 0 && a.Tokens[title].Is(a.Text, "general") && PostedInTitles.Contains(a.Text, a.Tokens[title - 1]))
        || a.Tokens[title].Span(a.Text).StartsWith("consul-", StringComparison.OrdinalIgnoreCase);

    // A capitalised title right before `k`, or a title, "of" and one to three capitalised words of its state.
    private static bool AfterTitle(ArticleAnalysis a, int k)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (Lexicon.TitleWords.Contains(text, tokens[k - 1]) && tokens[k - 1].IsCapitalized(text))
        {
            return true;
        }

        var of = k - 1;
        while (of > 0 && k - of <= 3 && tokens[of].IsCapitalized(text) && !Lexicon.TitleWords.Contains(text, tokens[of]))
        {
            of--;
        }

        return of < k - 1 && of >= 1 && tokens[of].Is(text, "of") && Lexicon.TitleWords.Contains(text, tokens[of - 1]) && tokens[of - 1].IsCapitalized(text);
    }

    // A posting's words run to the holder's name: a determiner, or a capitalised word that is no first name
    // while a name of two words still follows.
    private bool IsPostingWord(int k, int end)
    {
        var text = _analysis.Text;
        var token = _analysis.Tokens[k];
        return token.Is(text, "the")
            || (end - k > 2 && token.IsCapitalized(text) && !Honorifics.Contains(text, token) && FirstNames.Of(token.Span(text)) == Gender.Unknown
                && !_analysis.Catalogue.TryMatchAlias(text, _analysis.Tokens, k, end, out _, out _));
    }

    // "Freedonia's Anna Berg": without a title only an owner the catalogue knows as a state or body is an affiliation.
    private string? KnownOwnerBefore(int start) =>
        OwnerBefore(start) is { } owner && _analysis.Catalogue.FindByName(owner) is { Kind: not ActorKind.Person } ? owner : null;

    // "Freedonia's Permanent Representative Anna Berg": the title's owner is the holder's affiliation.
    private string? OwnerBefore(int start)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        if (start < 2 || tokens[start - 1].Kind != TokenKind.Possessive || !tokens[start - 2].IsCapitalized(text))
        {
            return null;
        }

        for (var from = start - 2; from >= 0 && start - 2 - from < 3 && tokens[from].IsCapitalized(text); from--)
        {
            if (_analysis.Catalogue.TryMatchAlias(text, tokens, from, start - 1, out var length, out var actor) && from + length == start - 1)
            {
                return actor.Kind == ActorKind.Person ? null : actor.Name;
            }
        }

        // "Halden Minerals's", "Rio Tinto's": the whole name before the possessive, up to three words.
        var first = start - 2;
        while (first - 1 >= 0 && start - 2 - first < 2 && tokens[first - 1].IsCapitalized(text) && _analysis.SentenceOf(first - 1) == _analysis.SentenceOf(start - 2)
            && !Lexicon.Determiners.Contains(text, tokens[first - 1]) && !Lexicon.TitleWords.Contains(text, tokens[first - 1]))
        {
            first--;
        }

        return text[tokens[first].Start..tokens[start - 2].End];
    }

    // "Deputy Minister of Coastal Fisheries", "the Commissioner for Rural Roads": the capitalised words after a
    // title and "of" or "for" are its portfolio or its place, not a person; the holder's name follows apart.
    private bool IsPortfolio(int start, int nameStart, List<string> roleWords)
    {
        // Words right after "of" ("Minister of Coastal Fisheries", "the Halvorian Minister of Livestock"), not a country
        // the catalogue knows before the name ("President of Finland Jane Doe").
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        if (roleWords.Count > 0 && (roleWords[^1].Equals("of", StringComparison.OrdinalIgnoreCase) || roleWords[^1].Equals("for", StringComparison.OrdinalIgnoreCase))
            && nameStart >= start + 2 && (tokens[nameStart - 1].Is(text, "of") || tokens[nameStart - 1].Is(text, "for"))
            && Lexicon.TitleWords.Contains(text, tokens[nameStart - 2]))
        {
            return true;
        }

        // "Minister of Trade and Industry": the words after "and" continue the portfolio; a first name and a name after it
        // ("Ministry of Ports and Ida Holm") are the next in a list.
        var k = start - 1;
        if (k >= 1 && (tokens[k].Is(text, "and") || tokens[k].Is(text, '&')) && !Names.IsFirstNameBeforeName(_analysis, start))
        {
            k--;
            while (k >= 1 && tokens[k].IsCapitalized(text) && start - k <= 4)
            {
                k--;
            }
        }

        // "… of the National Board on Water Resources Ali Sani": a committee's field after "on" is a portfolio too.
        return k >= 1 && ((tokens[k].Is(text, "of") || tokens[k].Is(text, "for")) && Lexicon.TitleWords.Contains(text, tokens[k - 1])
                && tokens[k - 1].IsCapitalized(text) || FieldOfBodyAfter(text, tokens, k));
    }

    // "Board on Water Resources": the word at `on` is "on" after a capitalised body's word, so what follows is its field.
    internal static bool FieldOfBodyAfter(string text, List<Token> tokens, int on) =>
        on >= 1 && tokens[on].Is(text, "on") && tokens[on - 1].IsCapitalized(text) && Lexicon.OrganisationWords.Contains(text, tokens[on - 1]);

    // Where the holder's name begins in a portfolio's run ("Ports Karin Holm", "Fisheries Ada Quist said"): at a known
    // first name after the portfolio's first word, else three words after the portfolio's last word, else the last two
    // words of a run of three or more that a speech verb or an appositive comma follows, when neither reads as a
    // portfolio's; 0 when the run is all portfolio.
    private int HolderAfterPortfolio(int nameStart, int end)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        for (var p = nameStart + 1; p < end - 1; p++)
        {
            if (FirstNames.Of(tokens[p].Span(text)) != Gender.Unknown)
            {
                return p;
            }
        }

        // "Minister of Ports Ali Sani met …": a portfolio never runs on into a lower-case word, so one closes the holder's name too.
        var closed = end - nameStart >= 3 && (_analysis.SpeechVerbFollows(end)
            || (end < tokens.Count && (tokens[end].Is(text, ',') || (tokens[end].IsWord && char.IsLower(text[tokens[end].Start]) && !Connectors.Contains(text, tokens[end])))));

        // "Fisheries and Marine Resources Ada Lund Quist": after the portfolio's last word, a name of three words.
        for (var p = end - 4; closed && p > nameStart && p >= end - 5; p--)
        {
            if (ReadsAsPortfolio(tokens[p]) && !Enumerable.Range(p + 1, end - p - 1).Any(t => ReadsAsPortfolio(tokens[t])))
            {
                return p + 1;
            }
        }

        var first = end - 2;
        return closed && !ReadsAsPortfolio(tokens[first]) && !ReadsAsPortfolio(tokens[end - 1])
            ? first
            : 0;

        bool ReadsAsPortfolio(Token word) =>
            SpeakerPhraseParser.PortfolioWords.Contains(text, word) || Lexicon.OrganisationWords.Contains(text, word)
            || Lexicon.CommonNouns.Contains(text, word) || Lexicon.PlaceNouns.Contains(text, word);
    }
}
