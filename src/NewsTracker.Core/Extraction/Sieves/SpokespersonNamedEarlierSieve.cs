namespace NewsTracker.Core.Extraction.Sieves;

// "a company spokesman said" after "Equinor's spokesman, Harald Vik,": when the article named exactly one
// spokesperson before, of a compatible gender, a spokesperson described by a common institution word is that one.
// Two named spokespeople, or none, leave the description an unnamed source.
internal sealed class SpokespersonNamedEarlierSieve : ISpeakerSieve
{
    public const string Rule = "spokesperson-named-earlier";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        if (phrase.Form != SpeakerForm.Anonymous || !OrganisationSpokespersonSieve.IsSpokesperson(phrase.Role) || !DescribesInstitution(phrase.AsWritten))
        {
            return null;
        }

        var gender = UnnamedSpeaker.GenderOf(phrase.AsWritten);
        ArticlePerson? found = null;
        foreach (var person in context.Analysis.People.People)
        {
            if (!OrganisationSpokespersonSieve.IsSpokesperson(person.Role) || !NamedBefore(context, person))
            {
                continue;
            }

            if (found is not null && found != person)
            {
                return null;
            }

            found = person;
        }

        return found is null || found.Gender == Genders.Opposite(gender) || OtherInstitutionSince(context, found, phrase.AsWritten)
            ? null
            : SpeakerContext.Found(found, Rule);
    }

    // "Indonesia's foreign ministry has summoned the ambassador. A ministry spokeswoman said …": a ministry named after
    // the spokesperson, and not theirs, is the one the description means.
    private static bool OtherInstitutionSince(SpeakerContext context, ArticlePerson spokesperson, string written)
    {
        var head = written.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(w => char.IsLower(w[0]) && (Lexicon.OrganisationWords.Contains(w) || w is "firm"));
        var people = context.Analysis.People;
        if (head is null || people.LatestOrganisation(context.Position, head) is not { } institution)
        {
            return false;
        }

        var named = people.Organisations.FindLast(o => o.TokenIndex < context.Position && o.Name == institution).TokenIndex;
        return named > spokesperson.LastMention && !(spokesperson.Affiliation is { } affiliation
            && (institution.Contains(affiliation, StringComparison.OrdinalIgnoreCase) || affiliation.Contains(institution, StringComparison.OrdinalIgnoreCase)));
    }

    // "company spokesman", "ministry spokeswoman": a lowercase institution word before the post.
    private static bool DescribesInstitution(string written)
    {
        foreach (var word in written.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLower(word[0]) && (Lexicon.OrganisationWords.Contains(word) || word is "firm"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamedBefore(SpeakerContext context, ArticlePerson person)
    {
        foreach (var mention in context.Analysis.People.Mentions)
        {
            if (mention.TokenIndex >= context.Position)
            {
                return false;
            }

            if (mention.Person == person)
            {
                return true;
            }
        }

        return false;
    }
}
