namespace NewsTracker.Core.Extraction.Sieves;

// "he said" when nobody the article clearly introduced fits: the one full name it mentioned at all
// before, if exactly one is compatible.
internal sealed class PronounWeakSieve : ISpeakerSieve
{
    public const string Rule = "pronoun-weak";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Pronoun is not ("he" or "she"))
        {
            return null;
        }

        var wanted = context.Phrase.Pronoun == "he" ? Gender.Male : Gender.Female;
        var position = context.Position;
        var a = context.Analysis;
        var fallback = a.People.People.Where(p => !p.Confirmed && p.Name.Contains(' ', StringComparison.Ordinal)
            && p.Gender != Genders.Opposite(wanted) && p.LastMention >= 0 && p.LastMention < position && !NamesAThingOrPlace(a, p.LastMention)).ToList();
        return fallback.Count == 1 ? SpeakerContext.Found(fallback[0], Rule) : null;
    }

    // "the Nord Quay pipeline", "its Harbour Light operation": capitalised words after a determiner name a thing; "In Vila
    // Nova, the harbour …", "from Porto Alto" and "the tanker left Novo Selo" a place.
    private static bool NamesAThingOrPlace(ArticleAnalysis a, int token) =>
        token > 0 && (Lexicon.Determiners.Contains(a.Text, a.Tokens[token - 1]) || ArticlePeople.PlaceBefore(a.Text, a.Tokens[token - 1]));
}
