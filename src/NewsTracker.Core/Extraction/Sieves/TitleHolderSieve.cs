namespace NewsTracker.Core.Extraction.Sieves;

// "the general said": the latest person holding that title (or leading the phrase's country or body),
// else the first the article named with it.
internal sealed class TitleHolderSieve : ISpeakerSieve
{
    public const string Rule = "title";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Form != SpeakerForm.Title)
        {
            return null;
        }

        var phrase = context.Phrase;
        var head = context.TitleHead;
        bool Holds(ArticlePerson p) => !SpeakerContext.OtherPost(phrase.Role, p.Role)
            && (SpeakerContext.Matches(p.Role, head) || SpeakerContext.Matches(p.Post, head) || TitleLexicon.StandsFor(head, p.Role) || TitleLexicon.StandsFor(head, p.Post) || (IsLeaderWord(head) && p.Affiliation is not null && p.Affiliation == phrase.Affiliation && p.Role is not null)
                || RankedBefore(context.Analysis, p, head, context.Position) || (p.Role is null && context.Memory.HeldTitle(p, head, phrase.Role)));

        bool Fits(ArticlePerson p) => Holds(p) && (phrase.Affiliation is null || p.Affiliation is null || p.Affiliation == phrase.Affiliation);

        // "the minister" after both the minister and the minister of state: a holder of the post's own standing first.
        bool AsWritten(ArticlePerson p) => PostStanding.Same(phrase.Role, p.Role ?? p.Post);
        bool FitsAsWritten(ArticlePerson p) => Fits(p) && AsWritten(p);

        // "the Slovak prime minister": a holder of that country first, then its one person the article named without a
        // title ("Slovakia's Ivan Lasko"), before a holder whose country the text never gave.
        bool OfTheCountry(ArticlePerson p) => p.Affiliation == phrase.Affiliation && Holds(p);
        bool Countryman(ArticlePerson p) => p.Affiliation == phrase.Affiliation && p.Role is null && p.Confirmed;
        var (memory, position) = (context.Memory, context.Position);
        var person = (phrase.Affiliation is null ? null
                : memory.MostRecent(position, p => OfTheCountry(p) && AsWritten(p)) ?? memory.MostRecent(position, OfTheCountry)
                    ?? memory.MostRecent(position, Countryman))
            ?? memory.MostRecent(position, FitsAsWritten) ?? memory.FirstNamedBefore(position, FitsAsWritten)
            ?? memory.MostRecent(position, Fits) ?? memory.FirstNamedBefore(position, Fits);
        return person is null || UnnamedHolderSince(context.Analysis, memory.LastMentionBefore(person, position), position, head) ? null : SpeakerContext.Found(person, Rule);
    }

    // "brigade commander Colonel Ivo Marsh": the office is his role, and "the colonel" is still him.
    private static bool RankedBefore(ArticleAnalysis a, ArticlePerson person, string head, int position)
    {
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex >= position)
            {
                return false;
            }

            if (mention.Person == person && mention.TokenIndex > 0 && a.Tokens[mention.TokenIndex - 1].Is(a.Text, head))
            {
                return true;
            }
        }

        return false;
    }

    // "An Icelandic diplomat said …", "One Western diplomat said …" after the named envoy: a later "the diplomat" is that
    // unnamed one.
    public static bool UnnamedHolderSince(ArticleAnalysis a, int from, int position, string head)
    {
        for (var k = Math.Max(from + 1, 1); k < position && k < a.Tokens.Count; k++)
        {
            if (!a.Tokens[k].Is(a.Text, head) || a.InsideQuote(k))
            {
                continue;
            }

            for (var d = k - 1; d >= 0 && k - d <= 3 && a.Tokens[d].Kind == TokenKind.Word; d--)
            {
                if (a.Tokens[d].Is(a.Text, "a") || a.Tokens[d].Is(a.Text, "an") || a.Tokens[d].Is(a.Text, "another") || a.Tokens[d].Is(a.Text, "one"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool IsLeaderWord(string word) => word.ToLowerInvariant() is "chief" or "head" or "leader" or "boss";
}
