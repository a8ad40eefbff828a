using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction.Sieves;

// "Ternova, the national grid operator, said", "Holvard, which runs the terminal, said": a one-word name nobody in
// the article carries, which the article describes as a body or which opens a company it named ("Halden" after
// "Halden Shipping"), speaks as an organisation, not as a person.
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
        if (name >= a.Tokens.Count || !a.Tokens[name].Span(a.Text).SequenceEqual(phrase.Name))
        {
            return null;
        }

        // "Halden said" after "Halden Shipping": the company by its first word.
        var body = a.People.CompanyOpenedBy(name) ?? (a.People.TreatAsBody(name) ? phrase.Name : null);
        return body is null ? null : context.Organisation(new ExtractedSpeaker(body, ActorKind.Organisation, null, null), Rule);
    }
}
