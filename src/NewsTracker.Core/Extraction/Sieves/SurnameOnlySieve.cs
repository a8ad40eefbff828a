namespace NewsTracker.Core.Extraction.Sieves;

// A surname no one in the article has: the speaker is known by that name alone.
internal sealed class SurnameOnlySieve : ISpeakerSieve
{
    public const string Rule = "surname-only";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (!context.IsSurname || context.Namesakes.Count > 0)
        {
            return null;
        }

        // "The Texan said", "the retired Ranger recalls": one word after an article says what someone is; it names nobody.
        var phrase = context.Phrase;
        if (phrase.EndToken - phrase.StartToken is >= 2 and <= 4 && context.Analysis.People.AfterArticle(phrase.EndToken - 1)
            && phrase.Name is { } name && context.Analysis.Tokens[phrase.EndToken - 1].Is(context.Analysis.Text, name))
        {
            return SpeakerContext.Nobody(SieveConfidence.NotAName);
        }

        var single = context.Analysis.People.AddOrUpdate(phrase.Name!, phrase.Role, phrase.Affiliation, Gender.Unknown);
        return SpeakerContext.Found(single, Rule);
    }
}
