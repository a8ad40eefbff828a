using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction.Sieves;

// "Nordgrid promised to comply. A company spokeswoman added that …": a spokesperson described only by a
// company's common noun, whom the article never names, speaks for the company named last (as "the company said" would).
// A spokesperson the article named earlier is settled before (spokesperson-named-earlier).
internal sealed class CompanySpokespersonSieve : ISpeakerSieve
{
    public const string Rule = "company-spokesperson";

    // "a company spokesman", "the firm spokeswoman": an article, the company's noun, the post ("the firm's spokeswoman" is
    // an organisation's phrase, settled by the organisation sieves).
    private const int MaxPhraseWords = 3;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        if (phrase.Form != SpeakerForm.Anonymous || !OrganisationSpokespersonSieve.IsSpokesperson(phrase.Role) || !NamesCompanyOnly(phrase.AsWritten))
        {
            return null;
        }

        var company = CompanyEarlierSieve.LatestCompany(context.Analysis, context.Position, context.Analysis.People);
        return company is null ? null : context.Organisation(new ExtractedSpeaker(company, ActorKind.Organisation, null, null), Rule);
    }

    private static bool NamesCompanyOnly(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == MaxPhraseWords && words[0].ToLowerInvariant() is "a" or "the"
            && CompanyLexicon.IsReference(words[1]) && char.IsLower(words[1][0])
            && OrganisationSpokespersonSieve.IsSpokesperson(words[2]);
    }
}
