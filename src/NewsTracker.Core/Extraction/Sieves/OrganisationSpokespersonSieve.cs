namespace NewsTracker.Core.Extraction.Sieves;

// "the Kremlin spokesman said", "a spokeswoman for the ministry said" after the article named that spokesperson
// ("Kremlin spokesman Ivan Petrov"): the person, not the institution. Only a spokesperson named with that
// institution: "a spokesman for the navy" after "the group's spokesman, Ivo Marsh," is somebody else. "Maj. Ivo Marsh,
// spokesman for the mission," holds the post behind his rank.
internal sealed class OrganisationSpokespersonSieve : ISpeakerSieve
{
    public const string Rule = "organisation-spokesperson";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Form != SpeakerForm.Organisation || !IsSpokesperson(context.Phrase.Role))
        {
            return null;
        }

        var institution = context.OrganisationName;
        var catalogue = context.Analysis.Catalogue;
        bool Fits(ArticlePerson p) => (IsSpokesperson(p.Role) || IsSpokesperson(p.Post))
            && ((p.Affiliation is not null && SameInstitution(catalogue, p.Affiliation, institution)) || (p.PostedTo is { } body && PostedToInstitution(body, institution)));
        var found = context.Memory.MostRecent(context.Position, Fits) ?? context.Memory.FirstNamedBefore(context.Position, Fits);
        return found is null ? null : SpeakerContext.Found(found, Rule);
    }

    // "the Harbour Support Mission" for "the Harbour Support Mission in Kalmar" the article shortens to "HSM".
    private static bool PostedToInstitution(string body, string institution) =>
        institution.StartsWith(body, StringComparison.OrdinalIgnoreCase) || body.Equals(institution.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? institution[4..] : institution, StringComparison.OrdinalIgnoreCase);

    // "spokesman", and the posts titles.json counts as one: "Press Secretary".
    public static bool IsSpokesperson(string? role) =>
        role is not null && (role.Contains("spokes", StringComparison.OrdinalIgnoreCase) || TitleLexicon.StandsFor("spokesperson", role));

    // "Kremlin" and "the Kremlin", "Foreign Ministry" and "Chinese Foreign Ministry"; and a seat of government the
    // catalogue gives as the state's alias: "the Kremlin spokesman" after Russia's press secretary.
    private static bool SameInstitution(CompiledCatalogue catalogue, string affiliation, string institution)
    {
        if (affiliation.Contains(institution, StringComparison.OrdinalIgnoreCase) || institution.Contains(affiliation, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var bare = institution.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? institution[4..] : institution;
        return catalogue.FindByName(affiliation) is { } actor && actor.Aliases.Contains(bare, StringComparer.OrdinalIgnoreCase);
    }
}
