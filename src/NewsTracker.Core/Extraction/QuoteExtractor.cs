using NewsTracker.Core.Common;
using NewsTracker.Core.Extraction.Sieves;
using NewsTracker.Core.Extraction.Tagging;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Extraction;

// The extraction pipeline: clean → read (paragraphs, tokens, quotation marks, people) → direct quotes
// → reported speech → attribution in reading order → actors and topics. Pure and thread-safe: it never
// throws on text, and every step is linear in the input.
public sealed class QuoteExtractor
{
    public ExtractionResult Extract(string rawBody, CompiledCatalogue catalogue, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var clean = ArticleCleaner.Clean(rawBody ?? string.Empty);
        var analysis = new ArticleAnalysis(new ArticleDocument(clean), catalogue, HeadlinePeople(title, catalogue));

        var direct = DirectQuoteFinder.Find(analysis);
        var staged = Staged(analysis);
        if (staged.Count > 0)
        {
            // What a transcript turn or an unmarked quote holds is nested in it: it is the quotation.
            direct.RemoveAll(c => Overlaps(c, staged));
            direct.AddRange(staged);
        }

        var indirect = IndirectQuoteFinder.Find(analysis, direct);
        if (staged.Count > 0)
        {
            indirect.RemoveAll(c => Overlaps(c, staged));
        }

        var candidates = new List<QuoteCandidate>(direct.Count + indirect.Count);
        candidates.AddRange(direct);
        candidates.AddRange(indirect);
        candidates.Sort(static (x, y) => x.Position != y.Position ? x.Position.CompareTo(y.Position)
            : x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Kind.CompareTo(y.Kind));

        var resolver = new AttributionResolver(analysis);
        // One speaker phrase at one verb is one speaker: a quoted fragment takes what its reported clause, which starts
        // earlier and reads back from there, resolved ("Athens would sign, he said, but “…”").
        var byPhrase = new Dictionary<(int Start, int End, int Verb), ResolvedSpeaker>();
        foreach (var candidate in candidates.Where(c => c.InheritFrom is null))
        {
            if (candidate.Attribution is not { } attribution)
            {
                candidate.Resolved = SpeakerContext.Nobody(SieveConfidence.Unattributed);
                continue;
            }

            var key = (attribution.Phrase.StartToken, attribution.Phrase.EndToken, attribution.VerbToken);
            if (!byPhrase.TryGetValue(key, out var resolved))
            {
                resolved = resolver.Resolve(attribution.Phrase, attribution.VerbToken, candidate.Parts);
                byPhrase[key] = resolved;
            }

            candidate.Resolved = resolved;
        }

        var quotes = new List<ExtractedQuote>();
        var seen = new Dictionary<(QuoteKind, long), int>();
        var speakers = new Dictionary<ExtractedSpeaker, ExtractedSpeaker?>();
        var stems = new DocumentStems(analysis.Document, catalogue.TopicRules);
        candidates.Sort(static (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Kind.CompareTo(y.Kind));
        foreach (var candidate in candidates)
        {
            if (candidate.Hidden)
            {
                continue;
            }

            var text = Join(clean, candidate.Parts);
            var key = (candidate.Kind, WordsKey(text));
            if (seen.TryGetValue(key, out var first))
            {
                // The article prints the same quotation twice: one statement, reported once, and by the speaker the
                // second printing's own attribution names when the first named nobody (a live blog's "Key events" line
                // above the entry).
                if (quotes[first].Speaker is null && candidate is { InheritFrom: null, Attribution: { } own }
                    && SieveOrder.Attribution.Any(sieve => sieve.Name == own.Rule)
                    && Build(analysis, candidate, text, speakers, stems) is { Speaker: not null } named)
                {
                    quotes[first] = named;
                }

                continue;
            }

            seen[key] = quotes.Count;
            quotes.Add(Build(analysis, candidate, text, speakers, stems));
        }

        var topics = catalogue.Source.Topics
            .Select(t => t.Name)
            .Where(name => quotes.Any(q => q.Topics.Contains(name)))
            .ToList();
        // A name the article's quotes were given as a body's ("the paper" for "Morgenpost") is nobody's name.
        var bodies = quotes.Where(q => q.Speaker is { Kind: Actors.ActorKind.Organisation }).Select(q => q.Speaker!.Name).ToHashSet(StringComparer.Ordinal);
        var people = analysis.People.People
            .Where(p => !bodies.Contains(p.Name) && !analysis.People.ReadsAsBody(p.Name))
            .Select(p => new PersonMention(p.Name, p.Role, p.Affiliation))
            .ToList();
        return new ExtractionResult(clean, quotes, topics, people);
    }

    // Passages an editor marked as quotes the extractor missed, tagged with actors and topics as any quote is.
    // Offsets are into the cleaned body; the caller has checked they are in range.
    public IReadOnlyList<ExtractedQuote> Passages(string cleanBody, IReadOnlyList<(int Start, int End, QuoteKind Kind)> passages, CompiledCatalogue catalogue)
    {
        if (passages.Count == 0)
        {
            return [];
        }

        var analysis = new ArticleAnalysis(new ArticleDocument(cleanBody), catalogue);
        return passages
            .Select(p => new ExtractedQuote(
                cleanBody[p.Start..p.End],
                p.Kind,
                p.Start,
                p.End,
                Speaker: null,
                SpeakerAsWritten: null,
                Confidence: 1.0,
                Rule: EditorRule,
                QuoteTagger.Actors(analysis, [new TextRange(p.Start, p.End)]),
                TopicTagger.Tag(cleanBody[p.Start..p.End], QuoteSentence.Around(cleanBody, p.Start, p.End), catalogue.TopicRules)))
            .ToList();
    }

    // The attribution rule of a quote an editor added.
    public const string EditorRule = "editor";

    private static IReadOnlyList<ArticlePerson> HeadlinePeople(string? title, CompiledCatalogue catalogue)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > 400)
        {
            return [];
        }

        var headline = new ArticleAnalysis(new ArticleDocument(ArticleCleaner.Clean(title)), catalogue);
        return headline.People.People;
    }

    private static ExtractedQuote Build(
        ArticleAnalysis analysis, QuoteCandidate candidate, string text, Dictionary<ExtractedSpeaker, ExtractedSpeaker?> speakers, DocumentStems stems)
    {
        var source = candidate;
        var factor = 1.0;
        var rule = candidate.Attribution?.Rule ?? SieveConfidence.Unattributed;
        if (candidate.InheritFrom is { } inherited)
        {
            source = inherited;
            while (source.InheritFrom is { } further && source.Attribution is null)
            {
                source = further;
            }

            factor = SieveConfidence.Of(candidate.InheritRule!);
            rule = candidate.InheritRule + "<" + (inherited.Attribution?.Rule ?? SieveConfidence.Unattributed);
        }

        var resolved = source.Resolved ?? SpeakerContext.Nobody(SieveConfidence.Unattributed);
        var asWritten = source.Attribution?.Phrase.AsWritten;
        var speaker = Checked(resolved.Speaker, analysis, speakers);
        var notAName = speaker is null && resolved.Speaker is not null;
        var resolution = notAName ? SieveConfidence.NotAName : resolved.Resolution;
        return new ExtractedQuote(
            text,
            candidate.Kind,
            candidate.Start,
            candidate.End,
            speaker,
            asWritten,
            Math.Round((notAName ? SieveConfidence.Of(SieveConfidence.NotAName) : resolved.Confidence) * factor, 2),
            rule + "+" + resolution,
            QuoteTagger.Actors(analysis, candidate.Parts),
            TopicTagger.Tag(text, candidate.Parts.Count == 1 ? candidate.Parts[0] : null, candidate.Start, candidate.End, stems),
            speaker is null ? UnnamedSources.Of(source.Attribution?.Phrase, analysis) : null);
    }

    // Most speakers are quoted more than once: what the last checks make of a speaker is worked out once an article.
    private static ExtractedSpeaker? Checked(ExtractedSpeaker? resolved, ArticleAnalysis analysis, Dictionary<ExtractedSpeaker, ExtractedSpeaker?> speakers)
    {
        if (resolved is null)
        {
            return null;
        }

        if (!speakers.TryGetValue(resolved, out var speaker))
        {
            // "Korvex said on Tuesday that it would …": a name read as a person's that the article shows is a body.
            if (resolved.Kind == Actors.ActorKind.Person && analysis.People.ReadsAsBody(resolved.Name))
            {
                resolved = resolved with { Kind = Actors.ActorKind.Organisation, Role = null, Affiliation = null };
            }

            // "Lithuanian intelligence", "Brazil's Foreign Ministry": a state's body, no state; a state's name has no lower-case
            // word and no possessive.
            if (resolved.Kind == Actors.ActorKind.Country && !analysis.Catalogue.Knows(resolved.Name) && !IsStatesName(resolved.Name))
            {
                resolved = resolved with { Kind = Actors.ActorKind.Organisation };
            }

            speaker = UnnamedSources.Checked(LoneFirstNames.Resolve(resolved, analysis), analysis.Catalogue,
                resolved.Kind == Actors.ActorKind.Organisation ? analysis.People.ReadsAsBody : null);
            if (speaker is { Kind: Actors.ActorKind.Organisation } && InstitutionNames.Canonical(speaker.Name, analysis.Catalogue) is var canonical
                && !ReferenceEquals(canonical, speaker.Name))
            {
                speaker = speaker with { Name = canonical };
            }

            // "the HSB said" after "Freedonia's Harbour Safety Board said": an acronym of a body the article quoted is that body.
            if (speaker is { Kind: Actors.ActorKind.Organisation } && BodyAcronyms.SpelledOut(speaker.Name, speakers.Values) is { } spelled)
            {
                speaker = spelled;
            }

            speakers[resolved] = speaker;
        }

        return speaker;
    }

    private static bool IsStatesName(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var connector = word is "of" or "and" or "the";
            var possessive = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);
            if ((char.IsLower(word[0]) && !connector) || possessive)
            {
                return false;
            }
        }

        return true;
    }

    // Quotations found without paired marks: transcript turns, then unmarked quotes outside any turn. In
    // reading order, none overlapping another.
    private static List<QuoteCandidate> Staged(ArticleAnalysis analysis)
    {
        var staged = TranscriptTurnFinder.Find(analysis);
        var unmarked = UnmarkedQuoteFinder.Find(analysis);
        if (unmarked.Count > 0)
        {
            var turns = staged.Count;
            staged.AddRange(unmarked.Where(u => turns == 0 || !Overlaps(u, staged)));
            staged.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        }

        return staged;
    }

    // Whether the candidate shares text with one of `staged` (in reading order, not overlapping): only the last
    // to start before the candidate ends can.
    private static bool Overlaps(QuoteCandidate candidate, List<QuoteCandidate> staged)
    {
        int lo = 0, hi = staged.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (staged[mid].Start < candidate.End)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && staged[found] != candidate && staged[found].End > candidate.Start;
    }

    // The same words in the same order, whatever the marks, case and spacing: the article printed it twice.
    private static long WordsKey(string text)
    {
        const ulong OffsetBasis = 14695981039346656037;
        const ulong Prime = 1099511628211;
        var hash = OffsetBasis;
        var gap = false;
        foreach (var c in text)
        {
            if (c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c))
            {
                if (gap)
                {
                    hash = (hash ^ ' ') * Prime;
                    gap = false;
                }

                hash = (hash ^ Ascii.ToLower(c)) * Prime;
            }
            else if (c is not ('\'' or '’'))
            {
                gap = true;
            }
        }

        return unchecked((long)hash);
    }

    private static string Join(string text, List<TextRange> parts) =>
        parts.Count == 1 ? text[parts[0].Start..parts[0].End] : string.Join(' ', parts.Select(p => text[p.Start..p.End]));
}
