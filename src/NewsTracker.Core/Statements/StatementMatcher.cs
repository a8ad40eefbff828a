using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Statements;

// Recognises one statement behind many reports: the same words (normalised), or a shared run of
// ShingleLength words, so a shorter excerpt cited days later joins its longer original.
public sealed class StatementMatcher(NewsDbContext db)
{
    public const int ShingleLength = 10;

    private readonly List<Statement> _pending = [];

    public async Task<Statement> MatchAsync(string text, Actor? speaker, DateTime reportedUtc, CancellationToken ct)
    {
        var words = TextFingerprint.Words(text);
        var fingerprint = TextFingerprint.Sha256(string.Join(' ', words));
        var shingles = Shingles(words);

        var statement = FindPending(fingerprint, shingles, speaker)
            ?? await FindStoredAsync(fingerprint, shingles, speaker, ct);

        if (statement is null)
        {
            statement = new Statement
            {
                Text = text,
                Fingerprint = fingerprint,
                Speaker = speaker,
                FirstReportedUtc = reportedUtc,
            };
            AddShingles(statement, shingles);
            db.Statements.Add(statement);
            _pending.Add(statement);
            return statement;
        }

        if (text.Length > statement.Text.Length)
        {
            statement.Text = text;
            statement.Fingerprint = fingerprint;
        }

        AddShingles(statement, shingles);
        if (reportedUtc < statement.FirstReportedUtc)
        {
            statement.FirstReportedUtc = reportedUtc;
        }

        if (statement.Speaker is null && statement.SpeakerId is null && speaker is not null)
        {
            statement.Speaker = speaker;
        }

        if (!_pending.Contains(statement))
        {
            _pending.Add(statement);
        }

        return statement;
    }

    private static HashSet<long> Shingles(IReadOnlyList<string> words)
    {
        var hashes = new HashSet<long>();
        for (var i = 0; i + ShingleLength <= words.Count; i++)
        {
            hashes.Add(TextFingerprint.RunHash(words, i, ShingleLength));
        }

        return hashes;
    }

    private static void AddShingles(Statement statement, HashSet<long> shingles)
    {
        var known = statement.Shingles.Select(s => s.Hash).ToHashSet();
        foreach (var hash in shingles.Where(h => !known.Contains(h)))
        {
            statement.Shingles.Add(new StatementShingle { Hash = hash });
        }
    }

    private static bool SameSpeaker(Statement statement, Actor? speaker) =>
        speaker is null
        || (statement.Speaker is null && statement.SpeakerId is null)
        || statement.Speaker == speaker
        || (speaker.Id != 0 && statement.SpeakerId == speaker.Id);

    private Statement? FindPending(string fingerprint, HashSet<long> shingles, Actor? speaker) =>
        _pending.FirstOrDefault(s => SameSpeaker(s, speaker)
            && (s.Fingerprint == fingerprint || s.Shingles.Any(x => shingles.Contains(x.Hash))));

    private async Task<Statement?> FindStoredAsync(string fingerprint, HashSet<long> shingles, Actor? speaker, CancellationToken ct)
    {
        var byText = await db.Statements
            .Include(s => s.Shingles)
            .Where(s => s.Fingerprint == fingerprint)
            .ToListAsync(ct);
        var match = byText.FirstOrDefault(s => SameSpeaker(s, speaker));
        if (match is not null || shingles.Count == 0)
        {
            return match;
        }

        var hashes = shingles.ToList();
        var best = await db.StatementShingles
            .Where(s => hashes.Contains(s.Hash))
            .GroupBy(s => s.StatementId)
            .Select(g => new { StatementId = g.Key, Shared = g.Count() })
            .OrderByDescending(g => g.Shared)
            .Take(5)
            .ToListAsync(ct);

        foreach (var candidate in best)
        {
            var statement = await db.Statements
                .Include(s => s.Shingles)
                .Include(s => s.Speaker)
                .FirstAsync(s => s.Id == candidate.StatementId, ct);
            if (SameSpeaker(statement, speaker))
            {
                return statement;
            }
        }

        return null;
    }
}
