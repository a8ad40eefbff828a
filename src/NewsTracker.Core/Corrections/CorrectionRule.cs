using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Corrections;

// Who an editor says spoke: an actor by id, a new actor to create under a name, or nobody identified (both null).
public sealed record SpeakerChoice(int? ActorId, string? NewName)
{
    public static readonly SpeakerChoice None = new(null, null);

    public static SpeakerChoice Of(int? actorId) => actorId is null ? None : new SpeakerChoice(actorId, null);
}

// One correction as the applier reads it: stored (QuoteCorrection) or still in review (not stored yet).
public sealed record CorrectionRule(
    QuoteCorrectionKind Kind,
    string Text,
    int Start,
    int End,
    QuoteKind QuoteKind,
    SpeakerChoice Speaker,
    int? QuoteId = null)
{
    public static CorrectionRule From(QuoteCorrection stored) => new(
        stored.Kind, stored.QuoteText, stored.StartOffset, stored.EndOffset, stored.QuoteKind, SpeakerChoice.Of(stored.SpeakerId), stored.QuoteId);

    // The same correction made again replaces the earlier one: one per kind and quote text.
    public bool SameTarget(CorrectionRule other) => Kind == other.Kind && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public string Describe() => Kind switch
    {
        QuoteCorrectionKind.SpeakerChanged => "speaker changed",
        QuoteCorrectionKind.KindChanged => "kind changed",
        QuoteCorrectionKind.Rejected => "dropped as not a quote",
        _ => "added as a missed quote",
    };
}
