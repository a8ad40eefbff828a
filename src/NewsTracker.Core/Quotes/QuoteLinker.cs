using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Statements;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Quotes;

// Turns what the extractor found into stored quotes: speakers to actors, mentions to actors,
// topic names to topics, and each quote to the statement it reports.
public sealed class QuoteLinker(NewsDbContext db, SpeakerRegistry speakers, StatementMatcher statements)
{
    private Dictionary<string, Topic>? _topics;

    public bool CreatedActors => speakers.CreatedActors;

    public async Task LinkAsync(Article article, ExtractionResult extraction, CancellationToken ct)
    {
        var topics = await TopicsAsync(ct);
        foreach (var name in extraction.Topics)
        {
            if (topics.TryGetValue(name, out var topic))
            {
                article.Topics.Add(topic);
            }
        }

        var reportedUtc = article.PublishedUtc ?? article.AddedUtc;
        foreach (var extracted in extraction.Quotes)
        {
            var speaker = extracted.Speaker is null ? null : await speakers.ResolveAsync(extracted.Speaker, ct);
            var quote = new Quote
            {
                Text = Truncate(extracted.Text, Quote.TextMaxLength),
                Kind = extracted.Kind,
                Speaker = speaker,
                SpeakerAsWritten = extracted.SpeakerAsWritten is null ? null : Truncate(extracted.SpeakerAsWritten, Quote.SpeakerAsWrittenMaxLength),
                StartOffset = extracted.Start,
                EndOffset = extracted.End,
                Confidence = extracted.Confidence,
                AttributionRule = Truncate(extracted.Rule, Quote.AttributionRuleMaxLength),
                Statement = await statements.MatchAsync(extracted.Text, speaker, reportedUtc, ct),
            };

            foreach (var actor in await speakers.FindAsync(extracted.Actors, ct))
            {
                quote.Actors.Add(actor);
            }

            foreach (var name in extracted.Topics)
            {
                if (topics.TryGetValue(name, out var topic))
                {
                    quote.Topics.Add(topic);
                }
            }

            article.Quotes.Add(quote);
        }
    }

    private async Task<Dictionary<string, Topic>> TopicsAsync(CancellationToken ct) =>
        _topics ??= await db.Topics.ToDictionaryAsync(t => t.Name, StringComparer.OrdinalIgnoreCase, ct);

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
