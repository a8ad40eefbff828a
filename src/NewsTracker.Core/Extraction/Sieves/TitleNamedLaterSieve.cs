namespace NewsTracker.Core.Extraction.Sieves;

// The lead that names a title before its holder: "Congress voted on Thursday to …, a decision the defence minister
// called “…”." and, paragraphs later, "Defence Minister Ana Ruiz told reporters …". With nobody named before it, "the
// defence minister" of the lead is the one person of the article who holds that post, named within a few paragraphs.
// A live page runs newest first, so an entry's "the harbour master" is introduced in an older entry further down: there
// the one holder is named anywhere below, whoever was named above.
internal sealed class TitleNamedLaterSieve : ISpeakerSieve
{
    // Entries a page must open with a time stamp ("14:05", "09.30 CET") to read as a live page.
    private const int LiveEntries = 3;

    public const string Rule = "title-named-later";

    // How many paragraphs after the phrase the holder may first be named: the delayed lead names them soon.
    private const int Reach = 4;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        if (phrase.Form != SpeakerForm.Title || phrase.Role is null || phrase.IsIndefinite
            || !(phrase.AsWritten.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || OpensWithOwner(phrase.AsWritten)))
        {
            return null;
        }

        var a = context.Analysis;
        var people = a.People;
        var live = IsLivePage(a);
        if (!live && people.Mentions.Any(m => m.TokenIndex >= 0 && m.TokenIndex < phrase.StartToken))
        {
            return null;
        }

        var head = phrase.Role.Split(' ')[^1];
        var leadsBody = LeadsBody(phrase.AsWritten);
        var holders = leadsBody ? NamedNextAsChief(a, phrase.EndToken)
            : people.People.Where(p => (HoldsAs(p.Role) || HoldsAs(p.Post) || NamedNextByRank(a, phrase.EndToken, head, p, live))
                && !SpeakerContext.OtherPost(phrase.Role, HoldsAs(p.Post) && !HoldsAs(p.Role) ? p.Post : p.Role)
                && (phrase.Affiliation is null || p.Affiliation is null || p.Affiliation == phrase.Affiliation)).ToList();
        // "General Ana Ruiz, the defence secretary,": the appositive's office is held beside the rank.
        bool HoldsAs(string? post) => SpeakerContext.Matches(post, head);

        if (holders.Count == 0 && !leadsBody)
        {
            holders = NamedNextWithoutPost(a, phrase.EndToken);
        }

        if (holders.Count != 1)
        {
            return null;
        }

        var first = people.FirstMention(holders[0]);
        var paragraph = a.Document.ParagraphIndexAt(a.Tokens[phrase.StartToken].Start);
        return first > phrase.EndToken && (live || a.Document.ParagraphIndexAt(a.Tokens[first].Start) - paragraph <= Reach)
            ? SpeakerContext.Found(holders[0], Rule)
            : null;
    }

    // "the mission's commander said" and then "Major General Ada Quist, who took over in May, said": a rank the generic word
    // stands for (titles.json "generic") counts for the first person named after the phrase only (on a live page, for the
    // one holder named below); someone of that rank further on may command something else.
    private static bool NamedNextByRank(ArticleAnalysis a, int after, string head, ArticlePerson person, bool live) =>
        TitleLexicon.StandsFor(head, person.Role) && (live || (FirstNamedAfter(a, after) is var (next, _) && next == person));

    // "Norway's state secretary for defence": a state's or a body's post is as definite as "the".
    private static bool OpensWithOwner(string asWritten) =>
        asWritten.IndexOf(' ', StringComparison.Ordinal) is > 2 and var space && char.IsUpper(asWritten[0])
        && (asWritten.AsSpan(0, space).EndsWith("'s", StringComparison.Ordinal) || asWritten.AsSpan(0, space).EndsWith("’s", StringComparison.Ordinal));

    // "the head of the state ferry company", "the chief of the grain trader": the body is described, not named, and so is
    // its top post; whoever the article later names as its chief executive, director or chairman holds it.
    private static readonly WordSet TopPosts = new(
        "executive director director-general manager chairman chairwoman chair chairperson president head chief ceo boss leader commissioner governor",
        indexed: false);

    private static bool LeadsBody(string asWritten)
    {
        var words = asWritten.Split(' ', 4);
        return words.Length == 4 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && Lexicon.LeaderWords.Contains(words[1])
            && words[2] == "of";
    }

    private static readonly WordSet NotVerbs = new("and or of who which whose", indexed: false);

    // "… the defence minister said. [Next paragraphs] Ana Ruiz defended the plan …": with no holder of the post named
    // anywhere, the first person named after the phrase, opening their sentence (or speaking in it) with no post of their own (a generic
    // word, "the ministry's second-ranking official", is none); an age or such a word may stand before the verb ("Ana Ruiz, 58,").
    private static List<ArticlePerson> NamedNextWithoutPost(ArticleAnalysis a, int after)
    {
        if (FirstNamedAfter(a, after) is not var (person, k) || (person.Role is { } role && !NoPost.Contains(role.Split(' ')[^1])))
        {
            return [];
        }

        var opens = k == 0 || a.SentenceOf(k - 1) != a.SentenceOf(k);
        var end = k;
        while (end < a.Tokens.Count && a.Tokens[end].IsCapitalized(a.Text) && end - k < 5)
        {
            end++;
        }

        end = AfterAppositive(a, end);

        var acts = end < a.Tokens.Count && a.Tokens[end].IsWord && char.IsLower(a.Text[a.Tokens[end].Start])
            && !NotVerbs.Contains(a.Text, a.Tokens[end]);
        // "‘…’, Ana Ruiz told the radio.": the name that speaks after a quotation is its sentence's subject too.
        // A word before the name may be a post the article did not read as one ("Harbour master Ivo Brand told").
        var speaks = a.IsSpeechVerb(end) && !a.Tokens[k - 1].IsWord;
        return (opens || speaks) && acts ? [person] : [];
    }

    // Where the words after an appositive of age or rank ("Ana Ruiz, 58, spoke") start; `at` itself when none follows.
    private static int AfterAppositive(ArticleAnalysis a, int at)
    {
        if (a.AppositiveClose(at, MaxAppositiveTokens) is not (> 0 and var close) || close - at < 2)
        {
            return at;
        }

        // "Ana Ruiz, speaking on the radio, said": a participle's clause names no post either.
        var last = a.Tokens[close - 1];
        var participle = a.Tokens[at + 1] is { IsWord: true } opening && char.IsLower(a.Text[opening.Start])
            && opening.Span(a.Text).EndsWith("ing", StringComparison.Ordinal);
        return last.Kind == TokenKind.Number || NoPost.Contains(a.Text, last) || participle ? close + 1 : at;
    }

    private const int MaxAppositiveTokens = 10;

    // A word for someone's rank that names no post of its own.
    private static readonly WordSet NoPost = new("official", indexed: false);

    // The first person named after the phrase, when the article gives them a body's top post.
    private static List<ArticlePerson> NamedNextAsChief(ArticleAnalysis a, int after) =>
        FirstNamedAfter(a, after) is var (person, _) && person.Role is { } role && TopPosts.Contains(role.Split(' ')[^1]) ? [person] : [];

    // The first person the article introduces after token `after`, and where.
    private static (ArticlePerson Person, int Token)? FirstNamedAfter(ArticleAnalysis a, int after)
    {
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex > after && a.People.FirstMention(mention.Person) == mention.TokenIndex)
            {
                return (mention.Person, mention.TokenIndex);
            }
        }

        return null;
    }

    private static bool IsLivePage(ArticleAnalysis a)
    {
        var entries = 0;
        foreach (var paragraph in a.Document.Paragraphs)
        {
            var text = a.Text.AsSpan(paragraph.Start, Math.Min(6, paragraph.End - paragraph.Start));
            var digits = text.IndexOfAny(':', '.');
            if (digits is 1 or 2 && text.Length >= digits + 3 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[digits - 1])
                && char.IsAsciiDigit(text[digits + 1]) && char.IsAsciiDigit(text[digits + 2]) && ++entries >= LiveEntries)
            {
                return true;
            }
        }

        return false;
    }
}
