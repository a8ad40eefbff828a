using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction.Sieves;

// "Ternova, the national grid operator, said", "Holvard, which runs the terminal, said": a one-word name nobody in
// the article carries, which the article describes as a body, speaks as an organisation, not as a person.
internal sealed class NamedBodySieve : ISpeakerSieve
{
    public const string Rule = "named-body";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (!context.IsSurname || context.Namesakes.Count > 0)
        {
            return null;
        }

        // A title before the name makes a person ("Energy Minister Ternova"); one read from the appositive after it
        // ("the national grid operator") is the body's description.
        var (a, phrase) = (context.Analysis, context.Phrase);
        var name = phrase.StartToken;
        return name < a.Tokens.Count && a.Tokens[name].Span(a.Text).SequenceEqual(phrase.Name) && a.People.TreatAsBody(name)
            ? context.Organisation(new ExtractedSpeaker(phrase.Name!, ActorKind.Organisation, null, null), Rule)
            : null;
    }
}
