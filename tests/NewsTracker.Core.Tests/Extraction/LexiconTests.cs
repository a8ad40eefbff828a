using System.Text;
using NewsTracker.Core.Extraction;
using LexiconWords = NewsTracker.Core.Extraction.Lexicon;

namespace NewsTracker.Core.Tests.Extraction;

// The word lists under Extraction/Lexicon/en: they parse, hold each entry once, and generate the forms the
// extractor looks up.
public sealed class LexiconTests
{
    [Theory]
    [InlineData("say", "said", false, "says", "said", "saying")]
    [InlineData("warn", null, false, "warns", "warned", "warning")]
    [InlineData("argue", null, false, "argues", "argued", "arguing")]
    [InlineData("reply", null, false, "replies", "replied", "replying")]
    [InlineData("testify", null, false, "testifies", "testified", "testifying")]
    [InlineData("stress", null, false, "stresses", "stressed", "stressing")]
    [InlineData("gush", null, false, "gushes", "gushed", "gushing")]
    [InlineData("quip", null, false, "quips", "quipped", "quipping")]
    [InlineData("brag", null, false, "brags", "bragged", "bragging")]
    [InlineData("admit", null, true, "admits", "admitted", "admitting")]
    [InlineData("answer", null, false, "answers", "answered", "answering")]
    [InlineData("sigh", null, false, "sighs", "sighed", "sighing")]
    [InlineData("vow", null, false, "vows", "vowed", "vowing")]
    [InlineData("tweet", null, false, "tweets", "tweeted", "tweeting")]
    [InlineData("agree", null, false, "agrees", "agreed", "agreeing")]
    [InlineData("tie", null, false, "ties", "tied", "tying")]
    [InlineData("convey", null, false, "conveys", "conveyed", "conveying")]
    public void A_base_form_generates_its_inflections(string verb, string? past, bool doubles, string s, string ed, string ing)
    {
        var entry = new SpeechVerb(verb, Past: past, Double: doubles);

        entry.Inflections().Should().Equal(verb, s, ed, ing);
    }

    [Fact]
    public void Only_the_listed_forms_count_for_a_verb_that_is_also_a_noun()
    {
        var note = new SpeechVerb("note", Forms: ["ed", "ing"]);

        note.Inflections().Should().Equal("noted", "noting");
    }

    [Fact]
    public void An_unknown_form_is_refused_with_the_verb_named()
    {
        var entry = new SpeechVerb("note", Forms: ["past"]);

        entry.Invoking(e => e.Inflections().ToList()).Should().Throw<InvalidDataException>().WithMessage("*\"note\"*\"past\"*");
    }

    [Fact]
    public void Every_lexicon_file_parses()
    {
        SpeechVerbLexicon.All.Should().HaveCountGreaterThan(100);
        TitleLexicon.File.Titles.Should().HaveCountGreaterThan(50);
        AttributionCues.All.Select(c => c.Words).Should().Contain(["according to", "as per", "in the words of"]);
    }

    [Fact]
    public void The_company_words_are_lower_case_listed_once_and_never_a_first_name()
    {
        var file = CompanyLexicon.File;
        var all = file.NameEnds.Concat(file.SectorWords).Concat(file.References).ToList();

        all.Should().OnlyContain(w => w.Length > 1 && w.All(char.IsAsciiLetterLower), "entries are single lower-case words");
        file.NameEnds.Concat(file.SectorWords).Should().OnlyHaveUniqueItems();
        file.References.Should().OnlyHaveUniqueItems();
        all.Should().NotContain(w => FirstNames.Of(w) != Gender.Unknown);
        file.SectorWords.Should().NotIntersectWith(file.NameEnds, "a sector word makes a run an institution only without a title or first name");
        file.NameEnds.Concat(file.References).Should().OnlyContain(w => LexiconWords.OrganisationWords.Contains(w));
        file.SectorWords.Should().NotContain(w => LexiconWords.OrganisationWords.Contains(w), "\"Minister for Energy Lars Holm\" is a person");
    }

    [Fact]
    public void The_surname_endings_are_lower_case_listed_once_and_in_one_gender()
    {
        var file = LexiconFile.Read<SurnameEndingFile>("surname-endings.json");

        file.Female.Concat(file.Male).Should().OnlyHaveUniqueItems().And.OnlyContain(e => e.Length >= 2 && e.All(char.IsLower));
        file.Female.Should().NotIntersectWith(file.Male);
    }

    [Fact]
    public void The_people_nouns_are_lower_case_listed_once_and_in_one_group()
    {
        var file = LexiconFile.Read<PeopleNounFile>("people-nouns.json");

        file.Female.Concat(file.Male).Concat(file.Other).Should().OnlyHaveUniqueItems().And.OnlyContain(w => w.Length >= 2 && w.All(char.IsLower));
    }

    [Fact]
    public void A_misspelt_property_is_refused_with_the_file_named()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""{ "verbs": [ { "verb": "say", "thats": "optional" } ] }"""));

        var parse = () => LexiconFile.Parse<SpeechVerbFile>(json, "speech-verbs.json");

        parse.Should().Throw<InvalidDataException>().WithMessage("*speech-verbs.json*");
    }

    [Fact]
    public void Every_speech_verb_is_listed_once_and_generates_lower_case_words()
    {
        SpeechVerbLexicon.All.Select(v => v.Verb).Should().OnlyHaveUniqueItems();
        foreach (var verb in SpeechVerbLexicon.All)
        {
            var forms = verb.Inflections().ToList();
            forms.Should().NotBeEmpty(verb.Verb);
            forms.Should().OnlyContain(f => f.Length > 1 && f.All(c => char.IsAsciiLetterLower(c) || c == '-'), verb.Verb);
        }
    }

    [Fact]
    public void No_speech_verb_form_is_a_function_word()
    {
        var forms = SpeechVerbLexicon.FormsOf(_ => true).ToList();

        forms.Should().NotContain(f => LexiconWords.Determiners.Contains(f) || LexiconWords.Pronouns.Contains(f) || LexiconWords.Auxiliaries.Contains(f));
    }

    [Fact]
    public void Every_title_and_cue_is_listed_once()
    {
        TitleLexicon.File.Titles.Select(t => t.Words).Should().OnlyHaveUniqueItems();
        TitleLexicon.File.Words.Should().OnlyHaveUniqueItems();
        AttributionCues.All.Select(c => c.Words).Should().OnlyHaveUniqueItems();
        TitleLexicon.File.Titles.Should().OnlyContain(t => t.Tells == Gender.Unknown || t.Gender != null);
    }

    [Fact]
    public void Every_transcript_label_word_is_listed_once_and_in_one_class()
    {
        var file = TranscriptLabels.File;
        string[] all = [.. file.Interviewee, .. file.Nobody, .. file.NotLabels, .. file.Headings];

        all.Should().OnlyHaveUniqueItems().And.OnlyContain(w => w == w.ToLowerInvariant());
        TranscriptLabels.Interviewee.Contains("a").Should().BeTrue();
        TranscriptLabels.Nobody.Contains("question").Should().BeTrue();
        SpeechNouns.Words.Should().OnlyHaveUniqueItems().And.Contain("statement");
    }

    [Fact]
    public void The_word_sets_come_from_the_files()
    {
        LexiconWords.SpeechVerbs.Contains("interjected").Should().BeTrue();
        LexiconWords.SpeechVerbs.Contains("notes").Should().BeFalse("\"notes\" is mostly a noun");
        LexiconWords.QuoteOnlyVerbs.Contains("sighed").Should().BeTrue();
        LexiconWords.ThatOptionalVerbs.Contains("says").Should().BeTrue();
        LexiconWords.CharacterisationVerbs.Contains("branded").Should().BeTrue();
        LexiconWords.SpeechVerbs.Contains("branded").Should().BeFalse();
        LexiconWords.TitleWords.Contains("Brig.").Should().BeTrue();
        LexiconWords.Abbreviations.Contains("brig").Should().BeTrue();
        LexiconWords.FemaleCues.Contains("spokeswoman").Should().BeTrue();
        LexiconWords.MaleCues.Contains("Mr.").Should().BeTrue();
        LexiconWords.FemaleCues.Contains("crown").Should().BeFalse("a title's last word tells its gender");
    }

    [Fact]
    public void The_words_that_are_no_names_are_listed_once_in_one_class_and_none_is_a_first_name()
    {
        var file = NotNameLexicon.File;
        string[] all = [.. file.OutletWords, .. file.CommonNouns];

        all.Should().OnlyHaveUniqueItems().And.OnlyContain(w => w == w.ToLowerInvariant() && !w.Contains(' '));
        NotNameLexicon.CommonNounForms().Should().NotContain(w => FirstNames.Of(w) != Gender.Unknown);
        LexiconWords.CommonNouns.Contains("Markets").Should().BeTrue();
        LexiconWords.CommonNouns.Contains("studies").Should().BeTrue();
        LexiconWords.OutletWords.Contains("Chronicle").Should().BeTrue();
    }

    [Theory]
    [InlineData("market", "markets")]
    [InlineData("study", "studies")]
    [InlineData("survey", "surveys")]
    [InlineData("tax", "taxes")]
    [InlineData("economics", "economics")]
    public void A_common_noun_generates_its_plural(string noun, string plural)
    {
        NotNameLexicon.Plural(noun).Should().Be(plural);
    }

    // The vocabulary's bits are few (62); the lists tested against every token must keep theirs, so a new rarely asked
    // list is made unindexed rather than taking a bit from them (three hot lists once lost theirs that way).
    [Fact]
    public void The_lists_every_token_is_tested_against_keep_their_vocabulary_bits()
    {
        Vocabulary.FlagsOf("the");

        new[] { Lexicon.Determiners, Lexicon.SpeechVerbs, Lexicon.TitleWords, Lexicon.OrganisationWords, Lexicon.CommonCapitalised, Lexicon.Pronouns }
            .Should().OnlyContain(set => set.IsIndexed);
        Lexicon.DiplomaticPosts.IsIndexed.Should().BeFalse();
    }
}
