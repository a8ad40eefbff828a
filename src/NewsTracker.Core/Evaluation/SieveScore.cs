namespace NewsTracker.Core.Evaluation;

// Which step of extraction a sieve belongs to: taking the speaker of another quote, finding the quote's
// speaker phrase, or resolving that phrase to a person.
public enum SieveStage
{
    Inheritance,
    Attribution,
    Resolution,
}

// Found direct gold quotes whose prediction a sieve settled (alone or with others), and how many of
// those have the gold speaker: a sieve with low precision is pinning quotes on the wrong people.
public sealed record SieveScore(string Sieve, SieveStage Stage, int Attributed, int Correct)
{
    public double Precision => Attributed == 0 ? 0 : (double)Correct / Attributed;
}

// Reads the sieve names out of a quote's rule and counts them.
public static class SieveTally
{
    // "same-paragraph<quote-speaker-verb+surname+title": an inheritance sieve before '<', the attribution
    // sieve up to the first '+', the resolution sieve after it (resolution names may hold a '+').
    public static IReadOnlyList<(string Sieve, SieveStage Stage)> SievesOf(string rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var sieves = new List<(string, SieveStage)>(3);
        var rest = rule;
        var inherit = rest.IndexOf('<', StringComparison.Ordinal);
        if (inherit >= 0)
        {
            sieves.Add((rest[..inherit], SieveStage.Inheritance));
            rest = rest[(inherit + 1)..];
        }

        var plus = rest.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            sieves.Add((rest[..plus], SieveStage.Attribution));
            sieves.Add((rest[(plus + 1)..], SieveStage.Resolution));
        }
        else if (rest.Length > 0)
        {
            sieves.Add((rest, SieveStage.Attribution));
        }

        return sieves;
    }

    public static void Count(Dictionary<(string, SieveStage), SieveScore> tally, string rule, bool correct)
    {
        ArgumentNullException.ThrowIfNull(tally);
        foreach (var key in SievesOf(rule))
        {
            var score = tally.GetValueOrDefault(key) ?? new SieveScore(key.Sieve, key.Stage, 0, 0);
            tally[key] = score with { Attributed = score.Attributed + 1, Correct = score.Correct + (correct ? 1 : 0) };
        }
    }

    // By stage, then the sieves that settled most quotes first.
    public static IReadOnlyList<SieveScore> Ordered(IEnumerable<SieveScore> scores) =>
        scores.OrderBy(s => s.Stage).ThenByDescending(s => s.Attributed).ThenBy(s => s.Sieve, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<SieveScore> Combine(IEnumerable<IReadOnlyList<SieveScore>> perArticle)
    {
        ArgumentNullException.ThrowIfNull(perArticle);
        var tally = new Dictionary<(string, SieveStage), SieveScore>();
        foreach (var scores in perArticle)
        {
            foreach (var score in scores)
            {
                var key = (score.Sieve, score.Stage);
                var sum = tally.GetValueOrDefault(key) ?? new SieveScore(score.Sieve, score.Stage, 0, 0);
                tally[key] = sum with { Attributed = sum.Attributed + score.Attributed, Correct = sum.Correct + score.Correct };
            }
        }

        return Ordered(tally.Values);
    }
}
