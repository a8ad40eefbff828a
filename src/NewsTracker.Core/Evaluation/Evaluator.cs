using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Evaluation;

// Runs the extractor over an evaluation set and scores every article.
public sealed class Evaluator(QuoteExtractor extractor, CompiledCatalogue catalogue)
{
    private readonly QuoteScorer _scorer = new(catalogue.Source);

    public ArticleScore Evaluate(EvaluationArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var result = extractor.Extract(article.Body, catalogue, article.Title);
        return _scorer.Score(article.Name, article.Gold, result.Quotes.Select(PredictedQuote.From).ToList());
    }

    public EvaluationReport Evaluate(IEnumerable<EvaluationArticle> articles) =>
        EvaluationReport.Combine(articles.Select(Evaluate).ToList());
}
