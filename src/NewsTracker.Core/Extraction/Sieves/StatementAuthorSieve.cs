namespace NewsTracker.Core.Extraction.Sieves;

// "The Harbour Authority said in a statement … “…,” the statement said": a statement, communiqué or release that speaks
// is its author's words: whoever was quoted in the sentence that announced it, or the one person it names before the
// document ("X issued a statement"), else the institution quoted last within a few paragraphs; nobody when none is found.
internal sealed class StatementAuthorSieve : ISpeakerSieve
{
    public const string Rule = "statement-author";

    // How far back the author may have been quoted, in tokens: a few paragraphs of a wire story.
    private const int MaxDistance = 250;

    private static readonly WordSet Documents = new("statement communique communiqué release readout notice");

    // "the post said", "the note said": a body's post or note speaks for it as its statement does; only a sentence with
    // the same word ("posted on its page", "in a note") announced it.
    private static readonly WordSet Posts = new("post note tweet message letter declaration", indexed: false);

    private static readonly WordSet Determiners = new("the its their this that");

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        var a = context.Analysis;
        var head = a.Tokens[phrase.EndToken - 1];
        if (phrase.Form != SpeakerForm.Anonymous || phrase.EndToken - phrase.StartToken is < 2 or > 3
            || !Determiners.Contains(a.Text, a.Tokens[phrase.StartToken]) || !(Documents.Contains(a.Text, head) || Posts.Contains(a.Text, head)))
        {
            return null;
        }

        var post = Posts.Contains(a.Text, head);

        // The sentence that announced the statement ("said in a statement", "issued a statement"), latest first, and
        // whoever was quoted in it; else the institution quoted last.
        for (var k = phrase.StartToken - 1; k >= 0 && context.Position - k <= MaxDistance; k--)
        {
            if (a.InsideQuote(k) || !(post ? a.Tokens[k].Span(a.Text).StartsWith(head.Span(a.Text), StringComparison.OrdinalIgnoreCase) : Documents.Contains(a.Text, a.Tokens[k])))
            {
                continue;
            }

            if ((AuthorIn(context, a.SentenceOf(k)) ?? Issuer(context, a.SentenceOf(k), k) ?? (post ? Poster(context, k) : null)) is { } author)
            {
                return author;
            }
        }

        var organisations = context.Memory.Organisations;
        for (var i = organisations.Count - 1; i >= 0; i--)
        {
            if (organisations[i].Token < context.Position && !Lexicon.Platforms.Contains(organisations[i].Speaker.Name))
            {
                return context.Position - organisations[i].Token <= MaxDistance ? context.Organisation(organisations[i].Speaker, Rule) : null;
            }
        }

        return null;
    }

    // "Ada Quist, the deputy harbour minister, issued a press statement": nobody quoted, but the one person the
    // announcing sentence names before the document issued it.
    private static ResolvedSpeaker? Issuer(SpeakerContext context, int sentence, int document) =>
        context.Analysis.People.OnlyPersonIn(sentence, document) is { } issuer ? SpeakerContext.Found(issuer.Person, Rule) : null;

    // "The Harbour Board posted photographs …. The post said": the body that posted wrote the post, though it was not quoted.
    private static ResolvedSpeaker? Poster(SpeakerContext context, int verb)
    {
        var a = context.Analysis;
        return a.Tokens[verb].Is(a.Text, "posted") && SpeakerPhraseParser.Before(a, verb, a.SentenceStart(verb)) is { } poster
            && OrganisationSieve.Named(new SpeakerContext(a, context.Memory, poster, verb)) is { } body
            ? context.Organisation(body, Rule)
            : null;
    }

    private static ResolvedSpeaker? AuthorIn(SpeakerContext context, int sentence)
    {
        var a = context.Analysis;
        foreach (var (token, speaker) in context.Memory.Organisations)
        {
            if (a.SentenceOf(token) == sentence && token < context.Position && !Lexicon.Platforms.Contains(speaker.Name))
            {
                return context.Organisation(speaker, Rule);
            }
        }

        foreach (var (mention, read) in context.Memory.Latest(context.Position))
        {
            if (mention.Sentence < sentence)
            {
                break;
            }

            if (!read && mention.Sentence == sentence)
            {
                return SpeakerContext.Found(mention.Person, Rule);
            }
        }

        return null;
    }
}
