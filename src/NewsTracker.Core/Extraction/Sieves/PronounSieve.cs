namespace NewsTracker.Core.Extraction.Sieves;

// "she said": the nearest compatible person the article introduced (or quoted), in an earlier sentence
// before the pronoun's own (PronounAntecedent); a person of unknown gender takes the pronoun's.
internal sealed class PronounSieve : ISpeakerSieve
{
    public const string Rule = "pronoun";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Pronoun is not ("he" or "she"))
        {
            return null;
        }

        var wanted = context.Phrase.Pronoun == "he" ? Gender.Male : Gender.Female;
        var person = PronounAntecedent.Find(
            context, context.Phrase.Pronoun, p => Fits(p, wanted) && !context.NamedInQuote(p));
        if (person is null)
        {
            return null;
        }

        if (person.Gender == Gender.Unknown)
        {
            person.Gender = wanted;
        }

        return SpeakerContext.Found(person, Rule);
    }

    public static bool Fits(ArticlePerson person, Gender wanted) =>
        person.Confirmed && (person.Gender == Gender.Unknown || person.Gender == wanted);
}
