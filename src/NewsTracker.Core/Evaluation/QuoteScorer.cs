using NewsTracker.Core.Common;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Evaluation;

// Scores one article's predicted quotes against its gold quotes, the way outside checks score:
// - words are TextFingerprint.Words; a quote (gold or predicted) under four words takes no part at all;
// - for every (gold, predicted) pair of the same kind an LCS word alignment marks the aligned positions
//   on both sides, so coverage is order-aware and one gold quote may be covered by several predictions;
// - a gold quote is found when its marked positions are at least 80% of its words, a prediction is right
//   when at least 80% of its words are marked;
// - the speaker of a found gold quote is compared with that of the prediction aligned to most of it, and
//   counted for each sieve named in that prediction's rule (per-sieve precision); direct and reported speech
//   are counted apart, since issue 8 sets each its own target.
public sealed class QuoteScorer(ExtractionCatalogue catalogue)
{
    public const int MinimumWords = 4;

    public static readonly IReadOnlyList<string> FurnitureMarkers =
        ["Advertisement", "Also read", "Read more", "Share this", "Follow us", "Subscribe", "Sign up"];

    private readonly SpeakerMatcher _speakers = new(catalogue);

    public ArticleScore Score(string name, IReadOnlyList<GoldQuote> gold, IReadOnlyList<PredictedQuote> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);

        var furniture = new List<FurnitureHit>();
        foreach (var quote in predicted)
        {
            // A marker the annotated words hold too was spoken ("we will never sign up to that"), not page furniture.
            if (FurnitureMarkers.FirstOrDefault(m => quote.Text.Contains(m, StringComparison.OrdinalIgnoreCase)
                    && !gold.Any(g => g.Text.Contains(m, StringComparison.OrdinalIgnoreCase))) is { } marker)
            {
                furniture.Add(new FurnitureHit(quote.Text, quote.Kind, marker));
            }
        }

        var missed = new List<MissedQuote>();
        var falsePositives = new List<FalsePositive>();
        var wrongSpeakers = new List<WrongSpeaker>();
        var sieves = new Dictionary<(string, SieveStage), SieveScore>();
        var reportedSieves = new Dictionary<(string, SieveStage), SieveScore>();
        var direct = ScoreKind(QuoteKind.Direct, gold, predicted, missed, falsePositives, wrongSpeakers, sieves, out var speakers);
        var indirect = ScoreKind(QuoteKind.Indirect, gold, predicted, missed, falsePositives, wrongSpeakers, reportedSieves, out var reportedSpeakers);
        return new ArticleScore(name, direct, indirect, speakers, missed, falsePositives, wrongSpeakers, furniture, SieveTally.Ordered(sieves.Values))
        {
            ReportedSpeakers = reportedSpeakers,
            ReportedSieves = SieveTally.Ordered(reportedSieves.Values),
        };
    }

    private KindScore ScoreKind(
        QuoteKind kind,
        IReadOnlyList<GoldQuote> gold,
        IReadOnlyList<PredictedQuote> predicted,
        List<MissedQuote> missed,
        List<FalsePositive> falsePositives,
        List<WrongSpeaker> wrongSpeakers,
        Dictionary<(string, SieveStage), SieveScore> sieves,
        out SpeakerScore speakers)
    {
        var goldItems = gold.Where(q => q.Kind == kind).Select(q => new Item<GoldQuote>(q, q.Text)).Where(i => i.Scored).ToList();
        var predictedItems = predicted.Where(q => q.Kind == kind).Select(q => new Item<PredictedQuote>(q, q.Text)).Where(i => i.Scored).ToList();

        var overlap = new int[goldItems.Count, predictedItems.Count];
        for (var g = 0; g < goldItems.Count; g++)
        {
            for (var p = 0; p < predictedItems.Count; p++)
            {
                overlap[g, p] = Align(goldItems[g], predictedItems[p]);
            }
        }

        int found = 0, correct = 0;
        for (var g = 0; g < goldItems.Count; g++)
        {
            var item = goldItems[g];
            if (!item.Passes)
            {
                missed.Add(new MissedQuote(item.Quote.Text, kind, item.Quote.Speaker, item.Coverage));
                continue;
            }

            found++;
            var best = 0;
            for (var p = 1; p < predictedItems.Count; p++)
            {
                if (overlap[g, p] > overlap[g, best])
                {
                    best = p;
                }
            }

            var prediction = predictedItems[best].Quote;
            var right = _speakers.Matches(item.Quote.Speaker, prediction.Speaker);
            SieveTally.Count(sieves, prediction.Rule, right);
            if (right)
            {
                correct++;
            }
            else
            {
                wrongSpeakers.Add(new WrongSpeaker(item.Quote.Text, item.Quote.Speaker, prediction.Speaker, prediction.SpeakerAsWritten, prediction.Rule, kind));
            }
        }

        var inGold = 0;
        foreach (var item in predictedItems)
        {
            if (item.Passes)
            {
                inGold++;
            }
            else
            {
                falsePositives.Add(new FalsePositive(item.Quote.Text, kind, item.Quote.Speaker, item.Coverage));
            }
        }

        speakers = new SpeakerScore(correct, found);
        return new KindScore(kind, goldItems.Count, found, predictedItems.Count, inGold);
    }

    // Marks the positions of one longest common subsequence of the two word lists on both sides and
    // returns its length. The suffix table lets the walk go forwards, taking a match whenever the words
    // agree (always part of some LCS).
    internal static int Align<TLeft, TRight>(Item<TLeft> left, Item<TRight> right)
    {
        var a = left.Words;
        var b = right.Words;
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (a[x] == b[y])
            {
                left.Marked[x++] = true;
                right.Marked[y++] = true;
            }
            else if (table[x + 1, y] >= table[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return table[0, 0];
    }

    internal sealed class Item<T>
    {
        public Item(T quote, string text)
        {
            Quote = quote;
            Words = TextFingerprint.Words(text);
            Marked = new bool[Words.Count];
        }

        public T Quote { get; }

        public IReadOnlyList<string> Words { get; }

        public bool[] Marked { get; }

        public bool Scored => Words.Count >= MinimumWords;

        public int MarkedCount => Marked.Count(m => m);

        public double Coverage => Words.Count == 0 ? 0 : (double)MarkedCount / Words.Count;

        // At least 80%, in integers so that 4 of 5 words is exactly enough.
        public bool Passes => 5 * MarkedCount >= 4 * Words.Count;
    }
}
