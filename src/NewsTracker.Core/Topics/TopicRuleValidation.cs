using NewsTracker.Core.Extraction.Tagging;

namespace NewsTracker.Core.Topics;

public sealed record ValidTopicRules(string Name, List<string> Keywords, List<string> Phrases, List<string> Exclusions, List<string> Errors);

// The one place a topic's name and rules are checked and tidied, for the topic form and any other writer:
// entries trimmed, repeats (ignoring case) dropped, limits enforced, and rules that could never work refused.
public static class TopicRuleValidation
{
    public static ValidTopicRules Check(TopicUpdate input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<string>();
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add("A topic name is required.");
        }
        else if (name.Length > Topic.NameMaxLength)
        {
            errors.Add($"The topic name is longer than {Topic.NameMaxLength} characters.");
        }

        var keywords = Tidy(input.Keywords, "keyword", errors);
        var phrases = Tidy(input.Phrases, "phrase", errors);
        var exclusions = Tidy(input.Exclusions, "exclusion", errors);
        if (keywords.Count == 0 && phrases.Count == 0)
        {
            errors.Add("Give at least one keyword or phrase.");
        }

        // A phrase is matched as words in sequence and may speak for a quote through its sentence: one word is
        // too weak a sign for that, and belongs with the keywords.
        errors.AddRange(phrases.Where(p => TopicRules.Stems(p).Length == 1)
            .Select(p => $"The phrase \"{Short(p)}\" has one word: put it with the keywords, or give a phrase of two words or more."));

        // Under the tagger's rules an exclusion that is also a keyword or phrase would cancel itself.
        var marks = keywords.Concat(phrases).Select(StemKey).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(exclusions.Where(e => marks.Contains(StemKey(e)))
            .Select(e => $"\"{Short(e)}\" is both a keyword or phrase and an exclusion of this topic."));
        return new ValidTopicRules(name, keywords, phrases, exclusions, errors);
    }

    // One entry per line (commas also separate), as editors type lists.
    public static IReadOnlyList<string> ParseLines(string? text) =>
        (text ?? string.Empty)
            .Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static List<string> Tidy(IReadOnlyList<string>? entries, string kind, List<string> errors)
    {
        var tidy = (entries ?? [])
            .Select(e => e?.Trim() ?? string.Empty)
            .Where(e => e.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (tidy.Count > Topic.MaxKeywords)
        {
            errors.Add($"A topic takes at most {Topic.MaxKeywords} {kind}s.");
        }

        foreach (var entry in tidy)
        {
            if (entry.Length > Topic.KeywordMaxLength)
            {
                errors.Add($"The {kind} \"{Short(entry)}\" is longer than {Topic.KeywordMaxLength} characters.");
            }
            else if (TopicRules.Stems(entry).Length == 0)
            {
                errors.Add($"The {kind} \"{Short(entry)}\" has no words or numbers to match.");
            }
        }

        return tidy;
    }

    private static string StemKey(string entry) => string.Join(' ', TopicRules.Stems(entry));

    private static string Short(string entry) => entry.Length <= 20 ? entry : entry[..20] + "…";
}
