using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Corrections;

// A change an editor asks for on one quote: any of a speaker (typed: id, slug, name or alias; empty for nobody),
// a kind, dropping it or taking it back. AllowNewSpeaker lets an unknown name create an actor.
public sealed record QuoteChange(bool ChangeSpeaker = false, string? Speaker = null, QuoteKind? Kind = null, bool? Rejected = null, bool AllowNewSpeaker = false)
{
    public bool IsEmpty => !ChangeSpeaker && Kind is null && Rejected is null;
}

// Turns changes into corrections, and keeps one correction per kind and quote text.
public static class CorrectionPlanner
{
    public const string NothingToChange = "Say what to change: the speaker, the kind, or whether it is a quote.";

    // The corrections a change to a quote (as it stands now) asks for; currentSpeakerId is its stored speaker.
    public static IReadOnlyList<CorrectionRule> For(ExtractedQuote quote, QuoteChange change, SpeakerChoice? speaker, int? currentSpeakerId, int? quoteId)
    {
        var snapshot = SpeakerChoice.Of(currentSpeakerId);
        if (change.Rejected == true)
        {
            return [new CorrectionRule(QuoteCorrectionKind.Rejected, quote.Text, quote.Start, quote.End, quote.Kind, snapshot, quoteId)];
        }

        var rules = new List<CorrectionRule>();
        if (change.ChangeSpeaker && speaker is not null)
        {
            rules.Add(new CorrectionRule(QuoteCorrectionKind.SpeakerChanged, quote.Text, quote.Start, quote.End, change.Kind ?? quote.Kind, speaker, quoteId));
        }

        if (change.Kind is { } kind && kind != quote.Kind)
        {
            rules.Add(new CorrectionRule(QuoteCorrectionKind.KindChanged, quote.Text, quote.Start, quote.End, kind, speaker ?? snapshot, quoteId));
        }

        return rules;
    }

    // Adds corrections to a list, each replacing an earlier one of its kind for the same text; dropping a quote an
    // editor added removes what was said about it instead, and so does taking a dropped quote back.
    public static List<CorrectionRule> Merge(IEnumerable<CorrectionRule> existing, IEnumerable<CorrectionRule> added)
    {
        var rules = existing.ToList();
        foreach (var rule in added)
        {
            if (rule.Kind == QuoteCorrectionKind.Rejected && rules.Any(r => r.Kind == QuoteCorrectionKind.Added && SameText(r, rule)))
            {
                rules.RemoveAll(r => SameText(r, rule));
                continue;
            }

            rules.RemoveAll(r => r.SameTarget(rule));
            rules.Add(rule);
        }

        return rules;
    }

    // A passage an editor marks as a missed quote: inside the body, not blank (spaces around it are trimmed),
    // not too long, and not overlapping a quote already there.
    public static (int Start, int End, string? Error) CheckPassage(string body, int start, int end, IEnumerable<(int Start, int End)> quotes)
    {
        if (start < 0 || end > body.Length || start >= end)
        {
            return (start, end, $"The passage must lie inside the article text: start and end between 0 and {body.Length}, start before end.");
        }

        while (start < end && char.IsWhiteSpace(body[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return (start, end, "The passage is empty: choose some words of the article text.");
        }

        if (end - start > Quote.TextMaxLength)
        {
            return (start, end, $"A quote can be at most {Quote.TextMaxLength:N0} characters.");
        }

        var overlap = quotes.FirstOrDefault(q => q.Start < end && start < q.End);
        return overlap != default
            ? (start, end, "The passage overlaps a quote already found; correct that quote instead, or choose other words.")
            : (start, end, null);
    }

    // A passage given as its words: where they are in the body, or an error.
    public static (int Start, int End, string? Error) FindPassage(string body, string? passage)
    {
        var text = passage?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (0, 0, "Type or paste the words of the passage, exactly as they are in the text.");
        }

        var at = CorrectionApplier.Locate(body, text, 0);
        return at < 0 ? (0, 0, "Those words are not in the article text as written; copy them from the text.") : (at, at + text.Length, null);
    }

    private static bool SameText(CorrectionRule a, CorrectionRule b) => string.Equals(a.Text, b.Text, StringComparison.Ordinal);
}
