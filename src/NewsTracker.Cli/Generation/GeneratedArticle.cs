namespace NewsTracker.Cli.Generation;

internal sealed record GeneratedArticle(string Title, string Body, string Outlet, string Url, string? Author, DateTime PublishedUtc);

// A statement an earlier article carried, kept so a later one can report it again.
internal sealed record CarriedStatement(Speaker Speaker, string[] Sentences, Outlet Outlet);

// The last few items of a long stream, to draw from without keeping the stream.
internal sealed class RecentItems<T>(int capacity)
{
    private readonly T[] _items = new T[capacity];
    private int _added;

    public int Count => Math.Min(_added, _items.Length);

    public void Add(T item) => _items[_added++ % _items.Length] = item;

    public T Pick(SplitMix64 rng) => _items[rng.Next(Count)];
}
