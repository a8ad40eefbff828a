using NewsTracker.Core.Corrections;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Articles;

// A change made on the review page, to the quote at Index of the review (or the correction at Index, to undo it).
public enum ReviewChangeKind
{
    Speaker,
    Kind,
    Drop,
    AddPassage,
    Undo,
}

// The missed passage is given by its words (Passage) or by offsets into the cleaned text (Start, End).
public sealed record ReviewChange(
    ReviewChangeKind Kind,
    int Index = -1,
    string? Speaker = null,
    QuoteKind? QuoteKind = null,
    string? Passage = null,
    int? Start = null,
    int? End = null);

// A speaker on the review: an actor stored already (Actor), a name to be linked or created on save (Actor null),
// or nobody (the record is null).
public sealed record ReviewSpeaker(string Name, SpeakerRef? Actor, bool ChosenByEditor);

public sealed record ReviewQuote(
    int Index,
    string Text,
    QuoteKind Kind,
    int Start,
    int End,
    ReviewSpeaker? Speaker,
    string? SpeakerAsWritten,
    double Confidence,
    string Rule,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Topics,
    bool Corrected);

public sealed record ReviewCorrection(int Index, CorrectionRule Rule, string Description);

// What extraction found in an article not stored yet, with the editor's corrections so far. Errors: the article
// itself is refused (validation); ChangeError: the last change could not be made (the rest stands).
public sealed record ArticleReview(
    IReadOnlyList<string> Errors,
    string CleanBody,
    IReadOnlyList<ReviewQuote> Quotes,
    IReadOnlyList<string> Topics,
    IReadOnlyList<CorrectionRule> Corrections,
    IReadOnlyList<ReviewCorrection> Described,
    ArticleDuplicate? Duplicate,
    string? ChangeError)
{
    public static ArticleReview Refused(IReadOnlyList<string> errors, IReadOnlyList<CorrectionRule> corrections) =>
        new(errors, string.Empty, [], [], corrections, [], null, null);
}
