using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsTracker.Cli.Generation;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Data;
using LexiconWords = NewsTracker.Core.Extraction.Lexicon;

namespace NewsTracker.Core.Tests.Cli;

// Issue 8, "Generic sources are not actors": a generated archive imported from the command line leaves only names in
// the registry. Every actor is checked by rules of its own here, not against a list of junk seen before.
public sealed class ImportedActorsTests : IDisposable
{
    private static readonly HashSet<string> Particles = new(["von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn"], StringComparer.Ordinal);

    private readonly string _folder = Directory.CreateTempSubdirectory("newstracker-actors-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_generated_archive_leaves_no_junk_actor_in_the_registry()
    {
        var archive = Path.Combine(_folder, "archive");
        var database = Path.Combine(_folder, "import.db");
        var generated = await CliRun.RunAsync(["generate", "--articles", "400", "--seed", "8", "--out", archive]);
        generated.ExitCode.Should().Be(0, generated.Error);
        var imported = await CliRun.RunAsync(["import", archive, "--connection", $"Data Source={database}"]);
        imported.ExitCode.Should().Be(0, imported.Error);

        var (actors, outlets) = await ReadAsync(database);

        actors.Count(a => a.Kind == nameof(ActorKind.Person)).Should().BeGreaterThan(ReferenceData.Actors.Count(a => a.Kind == ActorKind.Person) + 50,
            "the archive quotes hundreds of invented people, so the check has names to look at");
        var junk = actors.Select(a => (a.Name, Why: WhyJunk(a.Name, a.Kind, outlets))).Where(a => a.Why is not null).ToList();
        junk.Should().BeEmpty();
    }

    private static string? WhyJunk(string name, string kind, HashSet<string> outlets)
    {
        var words = name.Split(' ');
        var last = words[^1];
        if (outlets.Contains(name))
        {
            return "one of the archive's outlets";
        }

        if (IsKnown(name))
        {
            return null;
        }

        if (kind != nameof(ActorKind.Person))
        {
            return words.Any(w => LexiconWords.OrganisationWords.Contains(w)) ? null : "an organisation with no institution word that the catalogue does not know";
        }

        if (outlets.Any(o => o.EndsWith(" " + last, StringComparison.OrdinalIgnoreCase)))
        {
            return "a person named like one of the archive's outlets";
        }

        if (words.Length == 1)
        {
            // A surname alone is a name ("Schulz said", the full name not yet given); a first name or a word is not.
            return NamePools.Surnames.Contains(name) && !FirstNames.Contains(name) ? null : "a person named by one word that is no surname";
        }

        if (words.FirstOrDefault(w => !char.IsUpper(w[0]) && !Particles.Contains(w)) is { } lower)
        {
            return $"holds the lower-case word “{lower}”";
        }

        if (words.FirstOrDefault(IsCommonWord) is { } common)
        {
            return $"holds “{common}”, a pronoun, title, role or common noun";
        }

        // The generator's people are its name pools' first names and surnames; anyone else is a misreading.
        return FirstNames.Contains(words[0]) && NamePools.Surnames.Contains(last) ? null : "not a first name and surname of the archive's people";
    }

    private static readonly HashSet<string> FirstNames = new(NamePools.FemaleFirstNames.Concat(NamePools.MaleFirstNames), StringComparer.Ordinal);

    private static bool IsCommonWord(string word)
    {
        var singular = word.EndsWith('s') ? word[..^1] : word;
        return new[] { word, singular }.Any(w => LexiconWords.Pronouns.Contains(w) || LexiconWords.Determiners.Contains(w) || LexiconWords.TitleWords.Contains(w)
            || LexiconWords.RoleNouns.Contains(w) || LexiconWords.AnonymousHeads.Contains(w) || LexiconWords.CommonNouns.Contains(w)
            || LexiconWords.OrganisationWords.Contains(w) || LexiconWords.SpeechVerbs.Contains(w) || LexiconWords.Auxiliaries.Contains(w));
    }

    private static bool IsKnown(string name) =>
        ReferenceData.Actors.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)
            || a.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));

    private static async Task<(List<(string Name, string Kind)> Actors, HashSet<string> Outlets)> ReadAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        var actors = new List<(string, string)>();
        await using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT \"Name\", \"Kind\" FROM \"Actors\"";
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                actors.Add((reader.GetString(0), Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture)!));
            }
        }

        var outlets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT DISTINCT \"Outlet\" FROM \"Articles\" WHERE \"Outlet\" IS NOT NULL";
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                outlets.Add(reader.GetString(0));
            }
        }

        return (actors, outlets);
    }
}
