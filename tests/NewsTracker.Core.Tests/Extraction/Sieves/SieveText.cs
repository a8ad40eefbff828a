using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Sieves;

namespace NewsTracker.Core.Tests.Extraction.Sieves;

// Reads a short text the way extraction does and hands a sieve the context of one of its quotations.
internal static class SieveText
{
    public static ArticleAnalysis Read(string text, CompiledCatalogue? catalogue = null) =>
        new(new ArticleDocument(ArticleCleaner.Clean(text)), catalogue ?? Extractor.Catalogue);

    // The context of a speaker phrase standing at the end of the text, with nobody quoted before.
    public static SpeakerContext Speaker(string text, SpeakerPhrase phrase, CompiledCatalogue? catalogue = null)
    {
        var analysis = Read(text, catalogue);
        return new SpeakerContext(analysis, new SpeakerMemory(analysis), phrase, analysis.Tokens.Count);
    }

    public static SpeakerPhrase Name(string name, string? role = null, string? affiliation = null, Gender gender = Gender.Unknown) =>
        new() { StartToken = 0, EndToken = 1, AsWritten = name, Form = SpeakerForm.Name, Name = name, Role = role, Affiliation = affiliation, Gender = gender };

    public static SpeakerPhrase Pronoun(string pronoun) =>
        new() { StartToken = 0, EndToken = 1, AsWritten = pronoun, Form = SpeakerForm.Pronoun, Pronoun = pronoun };

    public static SpeakerPhrase Title(string role, string? affiliation = null) =>
        new() { StartToken = 0, EndToken = 1, AsWritten = "the " + role, Form = SpeakerForm.Title, Role = role, Affiliation = affiliation };

    public static SpeakerPhrase Organisation(string name, string? affiliation = null) =>
        new() { StartToken = 0, EndToken = 1, AsWritten = name, Form = SpeakerForm.Organisation, Organisation = name, Affiliation = affiliation };

    public static SpeakerPhrase Anonymous(string words) =>
        new() { StartToken = 0, EndToken = 1, AsWritten = words, Form = SpeakerForm.Anonymous };

    // The context of the quotation whose text starts with `quoteStart` (the first one when null).
    public static QuoteContext Quote(string text, string? quoteStart = null)
    {
        var analysis = Read(text);
        var span = analysis.Spans.First(s => quoteStart is null || analysis.Text[s.Start..].StartsWith(quoteStart, StringComparison.Ordinal));
        return new QuoteContext(analysis, span);
    }
}
