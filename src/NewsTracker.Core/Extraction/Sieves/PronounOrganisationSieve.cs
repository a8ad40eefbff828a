namespace NewsTracker.Core.Extraction.Sieves;

// "it said", "they said": the organisation quoted last, not too far back; "they" after an unnamed group that spoke
// since ("Rescue workers said") is that group; "it" with no organisation quoted, the one the sentence before opened on.
internal sealed class PronounOrganisationSieve : ISpeakerSieve
{
    public const string Rule = "pronoun-organisation";

    private const int MaxDistance = 400;

    private static readonly WordSet RelativeWords = new("which where", indexed: false);

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Pronoun is not ("they" or "it"))
        {
            return null;
        }

        var organisations = context.Memory.Organisations;
        var position = context.Position;

        // "The embassy praised the deal in a post on X, where it wrote …": "it" in a relative clause is the body its
        // sentence opened on.
        var a = context.Analysis;
        if (context.Phrase.Pronoun == "it" && context.Phrase.StartToken > 0 && RelativeWords.Contains(a.Text, a.Tokens[context.Phrase.StartToken - 1])
            && BodyOpeningSentence.Own(a, context.Phrase.StartToken) is { } opener)
        {
            return context.Organisation(new ExtractedSpeaker(opener, Actors.ActorKind.Organisation, null, null), Rule);
        }

        // "The liberal Nordposten disagreed. Its editorial warned": the body the sentence before opened on comes before an
        // organisation quoted further back.
        var sentenceBefore = context.Analysis.SentenceOf(position) - 1;
        if (context.Phrase.Pronoun == "it" && BodyOpeningSentence.Before(context.Analysis, position) is { } subject
            && !organisations.Exists(o => o.Token < position && context.Analysis.SentenceOf(o.Token) >= sentenceBefore))
        {
            return context.Organisation(new ExtractedSpeaker(subject, Actors.ActorKind.Organisation, null, null), Rule);
        }

        if (context.Phrase.Pronoun == "it" && context.Phrase.EndToken - context.Phrase.StartToken == 2
            && BodyOpeningSentence.OpensOnAName(context.Analysis, position))
        {
            // "Freedonia's Le Phare went further. Its editorial …": the name before, whoever it is, not a body further back.
            return null;
        }

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
