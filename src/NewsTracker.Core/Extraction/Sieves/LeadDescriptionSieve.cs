namespace NewsTracker.Core.Extraction.Sieves;

// The delayed lead of news copy: the first paragraph describes and names nobody ("…, the governor's nominee for harbour
// master told the council on Tuesday."), the second opens on the person for the first time ("Ada Quist, a former pilot
// who ran the ferry service for a decade, spoke for two hours …"). A later "the nominee said" is that person, and so is
// the lead's own source when nobody was named before it and the second paragraph introduces the person by what they were
// ("a former deputy minister"), which is no other present post.
internal sealed class LeadDescriptionSieve : ISpeakerSieve
{
    public const string Rule = "lead-description";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        if (phrase.Form != SpeakerForm.Title || phrase.Role is null || !phrase.AsWritten.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var a = context.Analysis;
        var paragraphs = a.Document.Paragraphs;
        var lead = Lead(a);
        var paragraph = a.Document.ParagraphIndexAt(a.Tokens[phrase.StartToken].Start);
        if (lead < 0 || paragraph == lead + 1 || paragraph < lead)
        {
            return null;
        }

        var (leadStart, leadEnd) = (a.Document.TokenIndexAt(paragraphs[lead].Start), a.Document.TokenIndexAt(paragraphs[lead + 1].Start));
        var head = phrase.Role.Split(' ')[^1];
        if (!Describes(a, leadStart, leadEnd, head) || a.People.Mentions.Any(m => m.TokenIndex >= leadStart && m.TokenIndex < leadEnd))
        {
            return null;
        }

        return HolderNamedNextSieve.NamedAfterTitles(a, leadEnd) is { } introduced && a.People.FirstMention(introduced) is var first
            && first >= leadEnd && first <= leadEnd + 3
            && (paragraph > lead || (ApposedPastPost(a, first) && !a.People.Mentions.Any(m => m.TokenIndex >= 0 && m.TokenIndex < phrase.StartToken)))
            ? SpeakerContext.Found(introduced, Rule)
            : null;
    }

    // "Ada Quist, a former pilot, …": what the person was is no other present post.
    private static bool ApposedPastPost(ArticleAnalysis a, int name)
    {
        var k = HolderNamedNextSieve.NameEnd(a, name);
        return k + 2 < a.Tokens.Count && a.Tokens[k].Is(a.Text, ',') && Lexicon.Determiners.Contains(a.Text, a.Tokens[k + 1])
            && a.Tokens[k + 2].Is(a.Text, "former");
    }

    // The first paragraph of prose: a byline and a date before it are too short to be one.
    private static int Lead(ArticleAnalysis a)
    {
        const int MinWords = 12;
        var paragraphs = a.Document.Paragraphs;
        for (var p = 0; p + 1 < paragraphs.Count; p++)
        {
            var words = 0;
            for (var k = a.Document.TokenIndexAt(paragraphs[p].Start); k < a.Tokens.Count && a.Tokens[k].Start < paragraphs[p].End && words < MinWords; k++)
            {
                words += a.Tokens[k].Kind == TokenKind.Word ? 1 : 0;
            }

            if (words >= MinWords)
            {
                return p;
            }
        }

        return -1;
    }

    // The lead's narration uses the title's word ("the president's nominee", "the new envoy").
    private static bool Describes(ArticleAnalysis a, int start, int end, string head)
    {
        for (var k = start; k < end; k++)
        {
            if (a.Tokens[k].Is(a.Text, head) && !a.InsideQuote(k))
            {
                return true;
            }
        }

        return false;
    }
}
