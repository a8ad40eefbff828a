namespace NewsTracker.Core.Extraction.Sieves;

// "the Freedonian foreign minister" the article never named: the one holder the catalogue knows.
internal sealed class CatalogueTitleSieve : ISpeakerSieve
{
    public const string Rule = "catalogue-title";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        if (phrase.Form != SpeakerForm.Title || phrase.Affiliation is null)
        {
            return null;
        }

        var known = context.Analysis.Catalogue.People
            .Where(p => SpeakerContext.Matches(p.Role, phrase.Role) && p.Affiliation == phrase.Affiliation && !NamesOtherBody(phrase.AsWritten, p.Role!))
            .ToList();
        if (known.Count != 1)
        {
            return null;
        }

        var person = context.Analysis.People.AddOrUpdate(known[0].Name, known[0].Role, known[0].Affiliation, Gender.Unknown, fromCatalogue: true);
        return SpeakerContext.Found(person, Rule);
    }

    // The Council's president is not the Commission's, though the catalogue files both bodies under one actor: a body
    // the phrase names must be the one the holder's role names.
    private static bool NamesOtherBody(string asWritten, string role)
    {
        foreach (var word in asWritten.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.TrimEnd(',', '.', ';', ':');
            if (bare.Length > 0 && char.IsUpper(bare[0]) && Lexicon.OrganisationWords.Contains(bare)
                && !role.Contains(bare, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
