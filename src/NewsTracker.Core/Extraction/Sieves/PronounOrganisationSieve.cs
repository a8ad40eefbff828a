namespace NewsTracker.Core.Extraction.Sieves;

// "it said", "they said": the organisation quoted last, not too far back; "they" after an unnamed group that spoke
// since ("Rescue workers said") is that group; "it" with no organisation quoted, the one the sentence before opened on.
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

        return context.Phrase.Pronoun == "it" && SubjectOfSentenceBefore(context.Analysis, position) is { } subject
            ? context.Organisation(new ExtractedSpeaker(subject, Actors.ActorKind.Organisation, null, null), Rule)
            : null;
    }

    // "The Harbour Front claimed the attack. It said …": with no organisation quoted, the one the sentence before opened on.
    private static string? SubjectOfSentenceBefore(ArticleAnalysis a, int position)
    {
        var sentence = a.SentenceOf(position) - 1;
        foreach (var (token, name, _) in a.People.Organisations)
        {
            if (token < 0 || token >= position || a.SentenceOf(token) != sentence)
            {
                continue;
            }

            var opening = token == 0 || a.SentenceOf(token - 1) != sentence
                || (Lexicon.Determiners.Contains(a.Text, a.Tokens[token - 1]) && (token == 1 || a.SentenceOf(token - 2) != sentence));
            return opening ? name : null;
        }

        return null;
    }
}
