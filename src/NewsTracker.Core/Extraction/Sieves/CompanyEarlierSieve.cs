using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction.Sieves;

// "the firm said", "the operator said" after the article named "Halden Energy" or "Athens-based Nordvik Shipping": the
// company named last. Only a company answers: "the firm" never stands for a ministry or a country.
internal sealed class CompanyEarlierSieve : ISpeakerSieve
{
    public const string Rule = "company-earlier";

    // How far back the company may have been named: a few paragraphs.
    private const int Reach = 600;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (!IsCompanyReference(context))
        {
            return null;
        }

        var company = LatestCompany(context.Analysis, context.Position, context.Analysis.People) ?? OwnerOpening(context.Analysis, context.Position);
        return company is null ? null : context.Organisation(new ExtractedSpeaker(company, ActorKind.Organisation, null, null), Rule);
    }

    // "the firm", "the Italian company": a company by its common noun, with at most its country; never a name.
    public static bool IsCompanyReference(SpeakerContext context)
    {
        if (context.Phrase.Form != SpeakerForm.Organisation)
        {
            return false;
        }

        var words = context.OrganisationName.Split(' ');
        var capitalised = words.Count(w => char.IsUpper(w[0]));
        return CompanyLexicon.IsReference(words[^1]) && char.IsLower(words[^1][0])
            && (capitalised == 0 || (capitalised == 1 && context.Phrase.Affiliation is not null));
    }

    // The last capitalised run before `position` that ends in a company's word and names no office holder, or the last
    // one-word name the article treats as a body ("Ternova, the grid operator,").
    // `weigh`: whether a bare name not yet settled may be weighed as a body now (a quotation is attributed before the
    // reported clause that names the company: "Ternova, the grid operator, said … “…,” the company said").
    public static string? LatestCompany(ArticleAnalysis a, int position, ArticlePeople people, bool weigh = true)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        for (var k = Math.Min(position, tokens.Count) - 1; k >= 0 && position - k < Reach; k--)
        {
            if (!tokens[k].IsCapitalized(text) || a.InsideQuote(k))
            {
                continue;
            }

            if (people.IsNamedBody(tokens[k].Span(text)) || (weigh && IsBareName(a, k, people) && people.TreatAsBody(k)))
            {
                return tokens[k].Text(text);
            }

            if (!CompanyLexicon.EndsCompanyName(tokens[k].Span(text)))
            {
                continue;
            }

            var first = k;
            while (first - 1 >= 0 && k - first < 5 && tokens[first - 1].IsCapitalized(text) && !Lexicon.CommonCapitalised.Contains(text, tokens[first - 1]))
            {
                first--;
                // "Baltic Ore and Steel Holdings": "and" between capitalised words is inside the name.
                if (first - 2 >= 0 && (tokens[first - 1].Is(text, "and") || tokens[first - 1].Is(text, '&')) && tokens[first - 2].IsCapitalized(text))
                {
                    first -= 2;
                }
            }

            // "Later Corvo Motors", "Athens-based Pelion Shipping": a sentence's adverb or a describing compound is no part of the name.
            while (first < k && (CompanyLexicon.IsDescribingCompound(tokens[first].Span(text)) || Lexicon.Auxiliaries.Contains(text, tokens[first])))
            {
                first++;
            }

            if (first == k || HoldsRole(a, first, k))
            {
                continue;
            }

            return text[tokens[first].Start..tokens[k].End];
        }

        return null;
    }

    // "Halvik's shell plant in Unterby will double its output, the company said": the one-word owner the sentence opens on,
    // nobody's name and not the catalogue's (a state's "Norway's plant" is no company).
    private static string? OwnerOpening(ArticleAnalysis a, int position)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (position >= tokens.Count)
        {
            return null;
        }

        var k = ReportedClause.SkipDateline(a, a.SentenceStart(position), position);
        return k + 2 < position && tokens[k].IsCapitalized(text) && tokens[k + 1].Kind == TokenKind.Possessive
            && tokens[k + 2].IsWord && char.IsLower(text[tokens[k + 2].Start])
            && FirstNames.Of(tokens[k].Span(text)) == Gender.Unknown && a.People.FindSurname(tokens[k].Span(text)).Count == 0
            && !Lexicon.CommonCapitalised.Contains(text, tokens[k]) && !a.Catalogue.TryMatchAlias(text, tokens, k, k + 1, out _, out _)
            ? tokens[k].Text(text)
            : null;
    }

    // A one-word name, no person's and not the catalogue's, that speaks or is described: "Ternova said", "Ternova, the …".
    private static bool IsBareName(ArticleAnalysis a, int k, ArticlePeople people) =>
        k + 1 < a.Tokens.Count && (k == 0 || !a.Tokens[k - 1].IsCapitalized(a.Text)) && !a.Tokens[k + 1].IsCapitalized(a.Text)
        && (a.SpeechVerbFollows(k + 1) || a.Tokens[k + 1].Is(a.Text, ','))
        && people.FindSurname(a.Tokens[k].Span(a.Text)).Count == 0
        && !a.Catalogue.TryMatchAlias(a.Text, a.Tokens, k, k + 1, out _, out _);

    private static bool HoldsRole(ArticleAnalysis a, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (Lexicon.RoleNouns.Contains(a.Text, a.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }
}
