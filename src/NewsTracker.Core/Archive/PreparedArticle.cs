using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Statements;

namespace NewsTracker.Core.Archive;

// An article validated and extracted, ready to be linked and stored; or the reason it cannot be.
public sealed record PreparedArticle(NewArticle Input, string? Url, ExtractionResult? Extraction, string? ContentHash, AddArticleResult? Refused)
{
    // An editor's speaker for each of Extraction.Quotes (null: the extractor's), for a reviewed or corrected article.
    public IReadOnlyList<SpeakerChoice?>? Speakers { get; init; }

    // Each quote's statement key, made here on the extraction workers rather than on the single writer.
    internal StatementKey[] StatementKeys => _statementKeys ??= Extraction is null ? [] : StatementKey.OfQuotes(Extraction);

    private StatementKey[]? _statementKeys;

    // Validation and extraction: pure, so importers run it on every core ahead of storage.
    public static PreparedArticle Prepare(NewArticle input, QuoteExtractor extractor, CompiledCatalogue catalogue)
    {
        var errors = ArticleRules.Check(input);
        if (errors.Count > 0)
        {
            return new PreparedArticle(input, null, null, null, AddArticleResult.Invalid(errors));
        }

        // The title as well as the body, as the evaluator and the CLI run it and as re-tagging runs it again.
        var extraction = extractor.Extract(input.Body, catalogue, input.Title);
        if (string.IsNullOrWhiteSpace(extraction.CleanBody))
        {
            return new PreparedArticle(input, null, null, null, AddArticleResult.Invalid([new FieldError(InputFields.Body, "The body has no text left once page furniture is removed.")]));
        }

        var prepared = new PreparedArticle(input, ArticleRules.NormalizeUrl(input.Url), extraction, TextFingerprint.Hash(extraction.CleanBody), null);
        _ = prepared.StatementKeys;
        return prepared;
    }
}
