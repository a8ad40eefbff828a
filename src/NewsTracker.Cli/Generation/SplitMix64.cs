namespace NewsTracker.Cli.Generation;

// A small seeded generator (SplitMix64): the same seed gives the same archive on every machine and
// runtime, which System.Random does not promise across .NET versions.
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    // A number in [0, max): the high 32 bits scaled, so no modulo bias worth speaking of.
    public int Next(int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);
    }

    public int Next(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    // A different pick from the one given, when the list allows it.
    public T PickOther<T>(IReadOnlyList<T> items, T not)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var item = Pick(items);
            if (!EqualityComparer<T>.Default.Equals(item, not))
            {
                return item;
            }
        }

        return items.FirstOrDefault(i => !EqualityComparer<T>.Default.Equals(i, not)) ?? not;
    }
}
