using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Statements;

// Recognises one statement behind many reports: the same words (normalised), or a shared run of words,
// so a shorter excerpt cited days later joins its longer original. One matcher serves one batch: it loads
// only the stored statements that share a fingerprint with the batch's quotes, or the most shingles (index lookups),
// never a statement's whole shingle set, so adding a report costs the same however many it already has.
// A statement stores the shingles at every AnchorStride-th word (and the last), a report is looked up by
// all of its own: any shared run of ShingleLength + AnchorStride - 1 words (twelve) is found. Every third rather
// than every second: the shingle-hash index is the largest the import writes at random, and a third fewer rows
// made a 100,000-article import 9 % faster and its last 10,000 15 % faster (docs/performance.md).
internal sealed class StatementMatcher
{
    public const int ShingleLength = 10;
    public const int AnchorStride = 3;
    private const int CandidatesTried = 5;

    private readonly Dictionary<long, List<Statement>> _byFingerprint = [];
    private readonly Dictionary<long, List<Statement>> _byShingle = [];
    private readonly HashSet<(Statement, Article)> _counted = [];
    private readonly ArchiveBatch _batch;

    private StatementMatcher(ArchiveBatch batch) => _batch = batch;

    public static async Task<StatementMatcher> LoadAsync(NewsDbContext db, ArchiveBatch batch, IEnumerable<StatementKey> quoteKeys, CancellationToken ct)
    {
        var matcher = new StatementMatcher(batch);
        var keys = quoteKeys as IReadOnlyCollection<StatementKey> ?? [.. quoteKeys];
        var fingerprints = new HashSet<long>();
        var hashes = new HashSet<long>();
        foreach (var key in keys)
        {
            fingerprints.Add(key.Fingerprint);
            hashes.UnionWith(key.Shingles);
        }

        // Each lookup sends its keys as one array parameter (EF's default of one parameter per key would make a
        // statement of thousands of parameters, compiled afresh for every batch).
        var storedByHash = new Dictionary<long, List<int>>();
        foreach (var chunk in hashes.Chunk(5_000))
        {
            var rows = await db.StatementShingles.AsNoTracking()
                .Where(s => EF.Parameter(chunk).Contains(s.Hash))
                .Select(s => new { s.Hash, s.StatementId })
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                if (!storedByHash.TryGetValue(row.Hash, out var ids))
                {
                    storedByHash[row.Hash] = ids = [];
                }

                ids.Add(row.StatementId);
            }
        }

        var loaded = new Dictionary<int, Statement>();
        foreach (var chunk in fingerprints.Chunk(5_000))
        {
            foreach (var statement in await db.Statements.AsNoTracking().Where(s => EF.Parameter(chunk).Contains(s.Fingerprint)).ToListAsync(ct))
            {
                loaded[statement.Id] = statement;
            }
        }

        var contenders = Contenders(keys, storedByHash);
        foreach (var chunk in contenders.Where(id => !loaded.ContainsKey(id)).Chunk(5_000))
        {
            foreach (var statement in await db.Statements.AsNoTracking().Where(s => EF.Parameter(chunk).Contains(s.Id)).ToListAsync(ct))
            {
                loaded[statement.Id] = statement;
            }
        }

        foreach (var statement in loaded.Values)
        {
            AddTo(matcher._byFingerprint, statement.Fingerprint, statement);
        }

        foreach (var (hash, statementIds) in storedByHash)
        {
            foreach (var statementId in statementIds)
            {
                if (loaded.TryGetValue(statementId, out var statement))
                {
                    AddTo(matcher._byShingle, hash, statement);
                }
            }
        }

        return matcher;
    }

    // The stored statements that can be among a quote's first CandidatesTried by shared shingles. A stock phrase
    // can share a shingle with tens of thousands of stored statements; reading them all in full made linking grow
    // with the archive. Matching within the batch only adds shingles to loaded or new statements, so a statement
    // outside every quote's stored top few can never climb into anyone's top few: the matches are unchanged.
    private static HashSet<int> Contenders(IEnumerable<StatementKey> keys, Dictionary<long, List<int>> storedByHash)
    {
        var contenders = new HashSet<int>();
        var shared = new Dictionary<int, int>();
        foreach (var key in keys)
        {
            shared.Clear();
            foreach (var hash in key.Shingles)
            {
                if (storedByHash.TryGetValue(hash, out var ids))
                {
                    foreach (var id in ids)
                    {
                        shared[id] = shared.GetValueOrDefault(id) + 1;
                    }
                }
            }

            // The first few by (shared desc, id asc) without sorting thousands: a stock phrase's statements tie.
            var best = new List<(int Shared, int Id)>(CandidatesTried + 1);
            foreach (var (id, count) in shared)
            {
                var at = best.Count;
                while (at > 0 && (best[at - 1].Shared < count || (best[at - 1].Shared == count && best[at - 1].Id > id)))
                {
                    at--;
                }

                if (at < CandidatesTried)
                {
                    best.Insert(at, (count, id));
                    if (best.Count > CandidatesTried)
                    {
                        best.RemoveAt(CandidatesTried);
                    }
                }
            }

            contenders.UnionWith(best.Select(x => x.Id));
        }

        return contenders;
    }

    // Key: StatementKey.Of(text), made ahead by the extraction workers.
    public Statement Match(string text, StatementKey key, Actor? speaker, DateTime reportedUtc, Article article)
    {
        var statement = FindByText(key.Fingerprint, speaker) ?? FindByShingles(key.Shingles, speaker);
        if (statement is null)
        {
            statement = new Statement
            {
                Text = text,
                Fingerprint = key.Fingerprint,
                Speaker = speaker,
                SpeakerId = speaker is { Id: not 0 } ? speaker.Id : null,
                FirstReportedUtc = reportedUtc,
            };
            _batch.NewStatements.Add(statement);
            AddTo(_byFingerprint, key.Fingerprint, statement);
        }
        else
        {
            Update(statement, text, key.Fingerprint, speaker, reportedUtc);
        }

        foreach (var anchor in key.Anchors)
        {
            _batch.Shingles.Add((statement, anchor));
            AddTo(_byShingle, anchor, statement);
        }

        if (_counted.Add((statement, article)))
        {
            statement.ArticleCount++;
        }

        return statement;
    }

    private void Update(Statement statement, string text, long fingerprint, Actor? speaker, DateTime reportedUtc)
    {
        if (text.Length > statement.Text.Length)
        {
            statement.Text = text;
            statement.Fingerprint = fingerprint;
            AddTo(_byFingerprint, fingerprint, statement);
        }

        statement.FirstReportedUtc = ReportedDate.Earlier(statement.FirstReportedUtc, reportedUtc);

        if (statement.Speaker is null && statement.SpeakerId is null && speaker is not null)
        {
            statement.Speaker = speaker;
            statement.SpeakerId = speaker.Id == 0 ? null : speaker.Id;
        }

        if (statement.Id != 0)
        {
            _batch.ChangedStatements.Add(statement);
        }
    }

    private Statement? FindByText(long fingerprint, Actor? speaker) =>
        _byFingerprint.TryGetValue(fingerprint, out var found) ? found.FirstOrDefault(s => SameSpeaker(s, speaker)) : null;

    private Statement? FindByShingles(long[] shingles, Actor? speaker)
    {
        var shared = new Dictionary<Statement, int>(ReferenceEqualityComparer.Instance);
        foreach (var hash in shingles)
        {
            if (_byShingle.TryGetValue(hash, out var statements))
            {
                foreach (var statement in statements)
                {
                    shared[statement] = shared.GetValueOrDefault(statement) + 1;
                }
            }
        }

        return shared
            .OrderByDescending(x => x.Value)
            .ThenBy(x => x.Key.Id == 0 ? int.MaxValue : x.Key.Id)
            .Take(CandidatesTried)
            .Select(x => x.Key)
            .FirstOrDefault(s => SameSpeaker(s, speaker));
    }

    private static bool SameSpeaker(Statement statement, Actor? speaker) =>
        speaker is null
        || (statement.Speaker is null && statement.SpeakerId is null)
        || ReferenceEquals(statement.Speaker, speaker)
        || (speaker.Id != 0 && statement.SpeakerId == speaker.Id);

    private static void AddTo<TKey>(Dictionary<TKey, List<Statement>> index, TKey key, Statement statement)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(statement))
        {
            list.Add(statement);
        }
    }
}

// A quote's fingerprint (its normalised words) and its shingles: all of them to look up, the anchors to store.
internal sealed record StatementKey(long Fingerprint, long[] Shingles, long[] Anchors)
{
    // The keys of an extraction's quotes, as the quotes will be stored (cut to Quote.TextMaxLength).
    public static StatementKey[] OfQuotes(ExtractionResult extraction) =>
        [.. extraction.Quotes.Select(q => Of(Quote.Stored(q.Text, Quote.TextMaxLength)))];

    public static StatementKey Of(string text)
    {
        var words = TextFingerprint.Words(text);
        var fingerprint = TextFingerprint.Key(words);
        var count = Math.Max(0, words.Count - StatementMatcher.ShingleLength + 1);
        var shingles = new long[count];
        var anchors = new List<long>();
        for (var i = 0; i < count; i++)
        {
            shingles[i] = TextFingerprint.RunHash(words, i, StatementMatcher.ShingleLength);
            if (i % StatementMatcher.AnchorStride == 0 || i == count - 1)
            {
                anchors.Add(shingles[i]);
            }
        }

        return new StatementKey(fingerprint, shingles, [.. anchors.Distinct()]);
    }
}
