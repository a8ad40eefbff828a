using System.Globalization;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Web.Pages.Articles;

// The review's state, carried in the page's one form as hidden inputs so the review works without script or
// a server-side draft: the corrections so far, what each quote's fields say, the missed passage, and which
// button was pressed (Change: "speaker:3", "kind:3", "drop:3", "add", "undo:1").
public sealed class ReviewForm
{
    public List<CorrectionField> Corrections { get; set; } = [];

    public List<QuoteEdit> Edits { get; set; } = [];

    public PassageField Passage { get; set; } = new();

    public string? Change { get; set; }

    public IReadOnlyList<CorrectionRule> Rules() => [.. Corrections.Select(c => c.ToRule()).OfType<CorrectionRule>()];

    public ReviewChange? ToChange()
    {
        var parts = (Change ?? string.Empty).Split(':', 2);
        var index = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
        var edit = index >= 0 && index < Edits.Count ? Edits[index] : new QuoteEdit();
        return parts[0] switch
        {
            "speaker" => new ReviewChange(ReviewChangeKind.Speaker, index, Speaker: edit.Speaker),
            "kind" => new ReviewChange(ReviewChangeKind.Kind, index, QuoteKind: edit.Kind),
            "drop" => new ReviewChange(ReviewChangeKind.Drop, index),
            "undo" => new ReviewChange(ReviewChangeKind.Undo, index),
            "add" => new ReviewChange(ReviewChangeKind.AddPassage, Speaker: Passage.Speaker, QuoteKind: Passage.Kind, Passage: Passage.Text,
                Start: Passage.Start, End: Passage.Start is null ? null : Passage.End),
            _ => null,
        };
    }

    public static List<CorrectionField> From(IEnumerable<CorrectionRule> rules) =>
        [.. rules.Select(r => new CorrectionField
        {
            Kind = r.Kind.ToString(),
            Text = r.Text,
            Start = r.Start,
            End = r.End,
            QuoteKind = r.QuoteKind.ToString(),
            SpeakerId = r.Speaker.ActorId,
            NewSpeaker = r.Speaker.NewName,
        })];
}

// Kinds are bound as text so a value tampered with is left out, not a binding error.
public sealed class CorrectionField
{
    public string? Kind { get; set; }

    public string? Text { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public string? QuoteKind { get; set; }

    public int? SpeakerId { get; set; }

    public string? NewSpeaker { get; set; }

    // A field tampered with or cut short is left out rather than trusted.
    public CorrectionRule? ToRule() =>
        Enum.TryParse<QuoteCorrectionKind>(Kind, out var kind) && Enum.IsDefined(kind)
        && Enum.TryParse<QuoteKind>(QuoteKind, out var quoteKind) && Enum.IsDefined(quoteKind)
        && !string.IsNullOrEmpty(Text) && Text.Length <= Quote.TextMaxLength
            ? new CorrectionRule(kind, Text, Start, End, quoteKind, SpeakerId is { } id ? SpeakerChoice.Of(id) : new SpeakerChoice(null, NewSpeaker))
            : null;
}

public sealed class QuoteEdit
{
    public string? Speaker { get; set; }

    public QuoteKind? Kind { get; set; }
}

public sealed class PassageField
{
    public string? Text { get; set; }

    public int? Start { get; set; }

    public int? End { get; set; }

    public string? Speaker { get; set; }

    public QuoteKind? Kind { get; set; }
}
