namespace NewsTracker.Core.Extraction.Sieves;

// "the Kremlin spokesman said", "a spokeswoman for the ministry said" after the article named that spokesperson
// ("Kremlin spokesman Ivan Petrov"): the person, not the institution. Only a spokesperson named with that
// institution: "a spokesman for the navy" after "the group's spokesman, Ivo Marsh," is somebody else.
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
        bool Fits(ArticlePerson p) => IsSpokesperson(p.Role) && p.Affiliation is not null && SameInstitution(p.Affiliation, institution);
        var found = context.Memory.MostRecent(context.Position, Fits) ?? context.Memory.FirstNamedBefore(context.Position, Fits);
        return found is null ? null : SpeakerContext.Found(found, Rule);
    }

    private static bool IsSpokesperson(string? role) => role is not null && role.Contains("spokes", StringComparison.OrdinalIgnoreCase);

    // "Kremlin" and "the Kremlin", "Foreign Ministry" and "Chinese Foreign Ministry".
    private static bool SameInstitution(string affiliation, string institution) =>
        affiliation.Contains(institution, StringComparison.OrdinalIgnoreCase) || institution.Contains(affiliation, StringComparison.OrdinalIgnoreCase);
}
