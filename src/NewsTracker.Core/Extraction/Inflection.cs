namespace NewsTracker.Core.Extraction;

// English verb forms from the base, with the spelling rules: e-drop (argued, arguing), y to ie (replies,
// replied), doubling (quipped, admitted), -es after a sibilant (stresses).
internal static class Inflection
{
    public static string ThirdPerson(string verb)
    {
        if (verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal)
            || verb.EndsWith("sh", StringComparison.Ordinal) || (verb.EndsWith('o') && verb.Length > 1 && !IsVowel(verb[^2])))
        {
            return verb + "es";
        }

        return EndsInConsonantY(verb) ? verb[..^1] + "ies" : verb + "s";
    }

    public static string Past(string verb, bool doubles)
    {
        if (verb.EndsWith('e'))
        {
            return verb + "d";
        }

        if (EndsInConsonantY(verb))
        {
            return verb[..^1] + "ied";
        }

        return (Doubles(verb, doubles) ? verb + verb[^1] : verb) + "ed";
    }

    public static string Participle(string verb, bool doubles)
    {
        if (verb.EndsWith("ie", StringComparison.Ordinal))
        {
            return verb[..^2] + "ying";
        }

        // "argue" → "arguing", but "agree" → "agreeing".
        if (verb.EndsWith('e') && verb.Length > 2 && verb[^2] is not ('e' or 'o' or 'y'))
        {
            return verb[..^1] + "ing";
        }

        return (Doubles(verb, doubles) ? verb + verb[^1] : verb) + "ing";
    }

    // A one-syllable verb ending consonant–vowel–consonant doubles its last letter (quip, snap, chat); longer
    // verbs double only when stressed on the last syllable, which the lexicon says (admit, refer).
    private static bool Doubles(string verb, bool listed)
    {
        if (listed)
        {
            return true;
        }

        // The "u" of "qu" is a consonant here: quip → quipped.
        var letters = verb.StartsWith("qu", StringComparison.Ordinal) ? "q" + verb[2..] : verb;
        if (letters.Length < 3 || letters[^1] is 'w' or 'x' or 'y' || IsVowel(letters[^1]) || !IsVowel(letters[^2]) || IsVowel(letters[^3]))
        {
            return false;
        }

        var syllables = 0;
        for (var i = 0; i < letters.Length; i++)
        {
            if (IsVowel(letters[i]) && (i == 0 || !IsVowel(letters[i - 1])))
            {
                syllables++;
            }
        }

        return syllables == 1;
    }

    private static bool EndsInConsonantY(string verb) => verb.Length > 1 && verb[^1] == 'y' && !IsVowel(verb[^2]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
