using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;
using NewsTracker.Core.Extraction.Tagging;

namespace NewsTracker.Core.Extraction;

// The catalogue turned into token-level indexes: aliases by first word, topic rules by first stem.
public sealed class CompiledCatalogue
{
    private readonly Dictionary<string, List<AliasEntry>> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, KnownActor> _byName = new(NameKey.Comparer);
    private readonly Dictionary<string, KnownActor> _descriptions;
    private readonly HashSet<string> _lowercaseStarts = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool[] _lowercaseFirstLetters = new bool[128];
    private readonly Dictionary<string, List<KnownActor>> _peopleBySurname = new(NameKey.Comparer);
    private readonly HashSet<string> _nameKeys = new(NameKey.Comparer);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.OrdinalIgnoreCase);

    private CompiledCatalogue(ExtractionCatalogue source)
    {
        Source = source;
        _descriptions = Descriptions(source);
        foreach (var actor in source.Actors)
        {
            _byName.TryAdd(actor.Name, actor);
            _nameKeys.Add(actor.Name);
            _nameKeys.UnionWith(actor.Aliases);
            AddAlias(actor.Name, actor);
            foreach (var alias in actor.Aliases)
            {
                AddAlias(alias, actor);
            }

            if (actor.Kind == ActorKind.Country && Demonym(actor) is { } demonym)
            {
                foreach (var name in actor.Aliases.Append(actor.Name))
                {
                    _demonyms.TryAdd(name, demonym);
                }
            }

            if (actor.Kind == ActorKind.Person)
            {
                foreach (var name in actor.Aliases.Append(actor.Name))
                {
                    var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length > 0 && char.IsUpper(words[^1][0]))
                    {
                        AddTo(_peopleBySurname, words[^1], actor);
                    }
                }
            }
        }

        TopicRules = TopicRules.Compile(source.Topics);
    }

    public ExtractionCatalogue Source { get; }

    public TopicRules TopicRules { get; }

    public static CompiledCatalogue Compile(ExtractionCatalogue source) => new(source);

    public KnownActor? FindByName(string name) => _byName.GetValueOrDefault(name);

    // "Azerbaijan", "Baku" or "Azerbaijani" → "Azerbaijani": the adjective of a state the catalogue knows, else null.
    public string? DemonymOf(string state) => _demonyms.GetValueOrDefault(state);

    public string? DemonymOf(ReadOnlySpan<char> state) =>
        _demonyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(state, out var demonym) ? demonym : null;

    // The state's adjective among its aliases: one word sharing the name's first three letters ("Russian" for Russia,
    // not "Moscow" nor "Russians"), the one sharing most of the name when a capital starts alike ("Brazilian", not
    // "Brasilia"; "Taiwanese", not "Taipei"), never a place whose adjective adds "-n" ("Bosnia" beside "Bosnian");
    // null when it has none ("Dutch", "British" are not guessed).
    private static string? Demonym(KnownActor country)
    {
        var stem = country.Name.Length >= 3 ? country.Name[..3] : country.Name;
        return country.Aliases
            .Where(a => !a.Contains(' ', StringComparison.Ordinal) && a.StartsWith(stem, StringComparison.OrdinalIgnoreCase)
                && !a.Equals(country.Name, StringComparison.OrdinalIgnoreCase) && !country.Aliases.Contains(a + "n") && !(a.EndsWith('s') && !a.EndsWith("ss", StringComparison.Ordinal)))
            .OrderByDescending(a => SharedLength(a, country.Name))
            .ThenBy(a => a.Length)
            .FirstOrDefault();
    }

    private static int SharedLength(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && char.ToLowerInvariant(a[n]) == char.ToLowerInvariant(b[n]))
        {
            n++;
        }

        return n;
    }

    // Whether the catalogue holds this name or alias, compared as the registry compares names ("the Kremlin" = "Kremlin").
    public bool Knows(string name) => _nameKeys.Contains(name);

    // The actor a lowercase description stands for: "alliance" → NATO through the alias "the alliance".
    public KnownActor? FindDescription(string head) => _descriptions.GetValueOrDefault(head);

    internal KnownActor? FindDescription(ReadOnlySpan<char> head) =>
        _descriptions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out var actor) ? actor : null;

    // Heads of lowercase "the …" aliases that name exactly one actor.
    private static Dictionary<string, KnownActor> Descriptions(ExtractionCatalogue source) =>
        source.Actors
            .SelectMany(a => a.Aliases
                .Where(alias => alias.StartsWith("the ", StringComparison.Ordinal) && !alias.Any(char.IsUpper))
                .Select(alias => (Head: alias[(alias.LastIndexOf(' ') + 1)..], Actor: a)))
            .GroupBy(x => x.Head, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(x => x.Actor).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Actor, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<KnownActor> PeopleWithSurname(string surname) =>
        _peopleBySurname.TryGetValue(surname, out var people) ? people : [];

    public IEnumerable<KnownActor> People => Source.Actors.Where(a => a.Kind == ActorKind.Person);

    // Whether an alias can start here at all: most lowercase words cannot, which spares the lookup.
    internal bool CouldStartAlias(string text, Token token)
    {
        if (token.Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        var first = text[token.Start];
        return !char.IsLower(first)
            || (first < 0x80 && _lowercaseFirstLetters[first] && _lowercaseStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.Span(text)));
    }

    // The longest alias that starts at tokens[index], honouring case for aliases written with capitals
    // ("US" is the United States, "us" is not).
    internal bool TryMatchAlias(string text, List<Token> tokens, int index, int limit, out int length, out KnownActor actor)
    {
        length = 0;
        actor = null!;
        var first = tokens[index];
        if (!CouldStartAlias(text, first) || !_aliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(first.Span(text), out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (entry.Words.Length <= length || index + entry.Words.Length > limit)
            {
                continue;
            }

            var matched = true;
            for (var k = 0; k < entry.Words.Length && matched; k++)
            {
                var token = tokens[index + k];
                matched = token.Kind is TokenKind.Word or TokenKind.Number
                    && token.Span(text).Equals(entry.Words[k], entry.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
            }

            if (matched)
            {
                length = entry.Words.Length;
                actor = entry.Actor;
            }
        }

        // "Luis Montenegro", "Michael Jordan": a state's name right after a first name is that person's surname; "Sofia
        // Lindqvist", "Israel Katz": a one-word place that is also a first name, before a surname, is that first name.
        if (length > 0 && actor.Kind != ActorKind.Person
            && ((index > 0 && AfterFirstName(text, tokens, index)) || (length == 1 && BeforeSurname(text, tokens, index, limit))))
        {
            length = 0;
            actor = null!;
        }

        return length > 0;
    }

    private bool BeforeSurname(string text, List<Token> tokens, int index, int limit)
    {
        if (index + 1 >= limit || FirstNames.Of(tokens[index].Span(text)) == Gender.Unknown)
        {
            return false;
        }

        var next = tokens[index + 1];
        return next.IsCapitalized(text) && tokens[index].End + 1 == next.Start && text[tokens[index].End] == ' '
            && !Lexicon.TitleWords.Contains(text, next) && !Lexicon.OrganisationWords.Contains(text, next)
            && !Lexicon.CommonCapitalised.Contains(text, next) && !SpeakerPhraseParser.PortfolioWords.Contains(text, next)
            && !_aliases.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(next.Span(text));
    }

    // The state a dateline's place names, its capitals read in any case ("OSLO", "Helsinki"), or null.
    internal KnownActor? StateOfPlace(string text, List<Token> tokens, int index, int limit)
    {
        if (!_aliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens[index].Span(text), out var entries))
        {
            return null;
        }

        KnownActor? state = null;
        var longest = 0;
        foreach (var entry in entries)
        {
            if (entry.Actor.Kind != ActorKind.Country || entry.Words.Length <= longest || index + entry.Words.Length > limit)
            {
                continue;
            }

            var matched = true;
            for (var k = 0; k < entry.Words.Length && matched; k++)
            {
                matched = tokens[index + k].Span(text).Equals(entry.Words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matched)
            {
                longest = entry.Words.Length;
                state = entry.Actor;
            }
        }

        return state;
    }

    private static bool AfterFirstName(string text, List<Token> tokens, int index)
    {
        var before = tokens[index - 1];
        return before.Kind == TokenKind.Word && before.IsCapitalized(text) && tokens[index].Start - before.End == 1 && text[before.End] == ' '
            && FirstNames.Of(before.Span(text)) != Gender.Unknown;
    }

    private void AddAlias(string alias, KnownActor actor)
    {
        var tokens = Tokenizer.Tokenize(alias, 0, alias.Length)
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number)
            .Select(t => t.Text(alias))
            .ToArray();
        if (tokens.Length == 0)
        {
            return;
        }

        var caseSensitive = alias.Any(char.IsUpper);
        if (!char.IsUpper(tokens[0][0]))
        {
            _lowercaseStarts.Add(tokens[0]);
            var letter = char.ToLowerInvariant(tokens[0][0]);
            if (letter < 0x80)
            {
                _lowercaseFirstLetters[letter] = true;
            }
        }

        if (!_aliases.TryGetValue(tokens[0], out var list))
        {
            list = [];
            _aliases[tokens[0]] = list;
        }

        if (!list.Any(e => e.Actor == actor && e.Words.SequenceEqual(tokens)))
        {
            list.Add(new AliasEntry(tokens, caseSensitive, actor));
        }
    }

    private static void AddTo(Dictionary<string, List<KnownActor>> index, string key, KnownActor actor)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        if (!list.Contains(actor))
        {
            list.Add(actor);
        }
    }

    private sealed record AliasEntry(string[] Words, bool CaseSensitive, KnownActor Actor);
}
