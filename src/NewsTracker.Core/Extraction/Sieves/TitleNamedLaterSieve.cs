namespace NewsTracker.Core.Extraction.Sieves;

// The lead that names a title before its holder: "Congress voted on Thursday to …, a decision the defence minister
// called “…”." and, paragraphs later, "Defence Minister Ana Ruiz told reporters …". With nobody named before it, "the
// defence minister" of the lead is the one person of the article who holds that post, named within a few paragraphs.
internal sealed class TitleNamedLaterSieve : ISpeakerSieve
{
    public const string Rule = "title-named-later";

    // How many paragraphs after the phrase the holder may first be named: the delayed lead names them soon.
    private const int Reach = 4;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        if (phrase.Form != SpeakerForm.Title || phrase.Role is null || phrase.IsIndefinite
            || !phrase.AsWritten.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var a = context.Analysis;
        var people = a.People;
        if (people.Mentions.Any(m => m.TokenIndex >= 0 && m.TokenIndex < phrase.StartToken))
        {
            return null;
        }

        var head = phrase.Role.Split(' ')[^1];
        var holders = people.People.Where(p => SpeakerContext.Matches(p.Role, head) && !SpeakerContext.OtherPost(phrase.Role, p.Role)
            && (phrase.Affiliation is null || p.Affiliation is null || p.Affiliation == phrase.Affiliation)).ToList();
        if (holders.Count != 1)
        {
            return null;
        }

        var first = people.FirstMention(holders[0]);
        var paragraph = a.Document.ParagraphIndexAt(a.Tokens[phrase.StartToken].Start);
        return first > phrase.EndToken && a.Document.ParagraphIndexAt(a.Tokens[first].Start) - paragraph <= Reach
            ? SpeakerContext.Found(holders[0], Rule)
            : null;
    }
}
