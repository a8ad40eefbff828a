namespace NewsTracker.Core.Extraction.Sieves;

// "A senior official said … He added": when the nearest compatible antecedent is an unnamed source that spoke
// (in a sentence no earlier than that of any person who fits), the pronoun is that source: nobody by name,
// never a person named further back. So is a described, unnamed subject of the sentence right before the quotation.
internal sealed class PronounUnnamedSieve : ISpeakerSieve
{
    public const string Rule = "pronoun-unnamed";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Pronoun is not ("he" or "she"))
        {
            return null;
        }

        if (PronounDescribedSubjectSieve.UnnamedSubjectBefore(context))
        {
            return SpeakerContext.Nobody(Rule);
        }

        var wanted = context.Phrase.Pronoun == "he" ? Gender.Male : Gender.Female;
        if (context.Memory.LatestUnnamed(context.Position, wanted) is not { } unnamed)
        {
            return null;
        }

        var person = PronounAntecedent.Find(context, context.Phrase.Pronoun, p => PronounSieve.Fits(p, wanted) && !context.NamedInQuote(p), out var sentence);
        return person is null || unnamed.Sentence >= sentence ? SpeakerContext.Nobody(Rule) : null;
    }
}
