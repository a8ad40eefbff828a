namespace NewsTracker.Core.Extraction.Sieves;

// "it said", "they said": the organisation quoted last, not too far back; "they" after an unnamed group that spoke
// since ("Rescue workers said") is that group.
internal sealed class PronounOrganisationSieve : ISpeakerSieve
{
    public const string Rule = "pronoun-organisation";

    private const int MaxDistance = 400;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Pronoun is not ("they" or "it"))
        {
            return null;
        }

        var organisations = context.Memory.Organisations;
        var position = context.Position;
        for (var i = organisations.Count - 1; i >= 0; i--)
        {
            var (token, speaker) = organisations[i];
            if (token < position && position - token < MaxDistance)
            {
                // "Rescue workers said … They said": a group that spoke since is who "they" are, nobody by name.
                return context.Phrase.Pronoun == "they" && context.Memory.LatestGroup > token && context.Memory.LatestGroup < position
                    ? SpeakerContext.Nobody(Rule)
                    : SpeakerContext.Settled(speaker, Rule);
            }
        }

        return null;
    }
}
