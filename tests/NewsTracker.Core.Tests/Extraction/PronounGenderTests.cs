using NewsTracker.Core.Extraction;
using NewsTracker.Core.Tests.Evaluation;
using static NewsTracker.Core.Tests.Extraction.Sieves.SieveText;

namespace NewsTracker.Core.Tests.Extraction;

// A person's gender learnt from the text when the first-name list does not know it: pronouns that clearly refer
// to them, honorifics used later, gendered titles; and never from a pronoun that may mean someone else.
public sealed class PronounGenderTests
{
    // A first name tells the gender when nothing else does, so "he" skips the woman who is the sentence's subject.
    // Common British, Irish and French given names tell "he" from "she" (first-names.json).
    [Fact]
    public void Common_given_names_tell_he_from_she()
    {
        var body = """
            Gwyneth Parry met Trevor Hale at the council offices on Monday.

            "We will build the runway before the winter," he said.

            "I will believe it when a plane lands on it," she said.
            """;

        var quotes = Extractor.Direct(body);

        (Extractor.Single(quotes, "We will build").Speaker?.Name).Should().Be("Trevor Hale");
        (Extractor.Single(quotes, "I will believe").Speaker?.Name).Should().Be("Gwyneth Parry");
    }

    [Fact]
    public void A_known_first_name_keeps_he_from_a_woman_subject()
    {
        var body = "Nino Berg met Marcus Vale at the harbour on Tuesday. "
            + "\u201CThe fleet has fuel for the winter,\u201D he said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Marcus Vale");
    }

    [Theory]
    [InlineData("Harbour chair Oddny Varr said her board would meet again on Friday.", "Female")]
    [InlineData("In his reply to the union, Oddny Varr rejected the offer.", "Male")]
    [InlineData("Oddny Varr chairs the harbour board. Her term ends in May.", "Female")]
    [InlineData("Oddny Varr chairs the harbour board. He was elected in May.", "Male")]
    [InlineData("Oddny Varr blamed himself for the delay at the pier.", "Male")]
    public void A_pronoun_that_clearly_refers_to_the_person_tells_the_gender(string text, string expected)
    {
        GenderOf(text, "Oddny Varr").Should().Be(Enum.Parse<Gender>(expected));
    }

    [Theory]
    [InlineData("Oddny Varr thanked her for the report on the pier.")]
    [InlineData("Oddny Varr told Petra Lund that her board would meet again on Friday.")]
    [InlineData("Oddny Varr praised the mayor and her staff for the quick repairs.")]
    [InlineData("Oddny Varr met the harbour board and the mayor. She was elected in May.")]
    [InlineData("Oddny Varr said the plan was “good for her and the town” on Friday.")]
    public void A_pronoun_that_may_mean_someone_else_tells_nothing(string text)
    {
        GenderOf(text, "Oddny Varr").Should().Be(Gender.Unknown);
    }

    // The first-name list reaches beyond English: Nordic, German, Central Asian, Arabic, West African and Latin names.
    [Theory]
    [InlineData("Solveig", "Female")]
    [InlineData("Gudrun", "Female")]
    [InlineData("Zarina", "Female")]
    [InlineData("Chioma", "Female")]
    [InlineData("Lennart", "Male")]
    [InlineData("Ulugbek", "Male")]
    [InlineData("Hisham", "Male")]
    [InlineData("Esteban", "Male")]
    public void A_common_first_name_from_many_languages_tells_the_gender(string firstName, string expected)
    {
        FirstNames.Of(firstName).Should().Be(Enum.Parse<Gender>(expected));
    }

    // A name one language gives men and another women ("Kari" in Finland and Norway, "Nicola" in Italy and Britain) tells
    // nothing: the pronoun after it decides.
    [Theory]
    [InlineData("Kari")]
    [InlineData("Nicola")]
    [InlineData("Gabriele")]
    public void A_first_name_of_both_genders_across_languages_tells_nothing(string firstName)
    {
        FirstNames.Of(firstName).Should().Be(Gender.Unknown);
        var body = "Tomas Brandt, the harbour master, said the quay would reopen in May.\n\n"
            + $"{firstName} Lindholm, an analyst at a shipping firm in Oslo, said the delay would cost the port its winter trade.\n\n"
            + "“Nobody will wait a whole season for a crane,” she said.";

        Extractor.Single(Extractor.Direct(body), "Nobody will wait").Speaker!.Name.Should().Be($"{firstName} Lindholm");
    }

    [Fact]
    public void No_first_name_is_listed_twice_or_as_both_genders()
    {
        var path = Path.Combine(RepositoryRoot.Path, "src", "NewsTracker.Core", "Data", "ReferenceData", "first-names.json");
        using var file = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var women = file.RootElement.GetProperty("female").EnumerateArray().Select(e => e.GetString()!).ToList();
        var men = file.RootElement.GetProperty("male").EnumerateArray().Select(e => e.GetString()!).ToList();

        women.Should().OnlyHaveUniqueItems();
        men.Should().OnlyHaveUniqueItems();
        women.Should().NotIntersectWith(men);
    }

    // A surname with a female and a male form tells what an unknown first name does not; endings both genders share
    // ("-enko") or other languages use ("Kaya", "Messina") tell nothing.
    [Theory]
    [InlineData("Nodira Saidova", "Female")]
    [InlineData("Sherzod Bekmuratov", "Male")]
    [InlineData("Oddny Kowalska", "Female")]
    [InlineData("Oddny Kazlauskienė", "Female")]
    [InlineData("Oddny Dombrovsky", "Male")]
    [InlineData("Oddny Marchuk", "Unknown")]
    [InlineData("Oddny Savchenko", "Unknown")]
    [InlineData("Oddny Karakaya", "Unknown")]
    [InlineData("Oddny Messina", "Unknown")]
    public void A_surname_with_a_gendered_form_tells_the_gender_an_unknown_first_name_did_not(string name, string expected)
    {
        GenderOf($"{name} opened the harbour session on Friday.", name).Should().Be(Enum.Parse<Gender>(expected));
    }

    [Fact]
    public void A_woman_named_by_a_female_surname_form_is_the_she_past_a_nearer_man_named_by_a_male_one()
    {
        var body = "The board's chairperson, Nodira Saidova, opened the storage site on Monday.\n\n"
            + "Energy Minister Sherzod Bekmuratov said the site would be full by November.\n\n"
            + "“We will not be caught with empty tanks again,” she said.";

        Extractor.Single(Extractor.Direct(body), "We will not be caught").Speaker!.Name.Should().Be("Nodira Saidova");
    }

    [Fact]
    public void An_honorific_later_tells_the_gender_the_first_name_did_not()
    {
        GenderOf("Oddny Varr opened the session on Friday.\n\nMs Varr then left for the airport.", "Oddny Varr").Should().Be(Gender.Female);
    }

    [Theory]
    [InlineData("Congresswoman", "Female")]
    [InlineData("Committee Chairman", "Male")]
    [InlineData("Commander", "Unknown")]
    [InlineData("Regional Manager", "Unknown")]
    public void Only_a_gendered_title_tells_the_gender_of_a_role(string role, string expected)
    {
        Genders.OfRole(role).Should().Be(Enum.Parse<Gender>(expected));
    }

    [Fact]
    public void She_prefers_a_woman_the_text_names_as_one_over_someone_of_unknown_gender_who_spoke_last()
    {
        var body = "Harbour chief Oddny Varr said the cranes would be replaced next year.\n\n"
            + "Ms Petra Lund, who leads the dockers, sat beside Varr at the hearing.\n\n"
            + "“The dockers were never asked,” she said.";

        Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!.Name.Should().Be("Petra Lund");
    }

    private static Gender GenderOf(string text, string name) =>
        Read(text).People.People.Should().ContainSingle(p => p.Name == name).Subject.Gender;

    // In American copy a woman keeps the family's one form of a Slavic surname: "Bettina Szalwinski" is no "he", and "she"
    // after her paragraph is her, not the woman named before.
    [Fact]
    public void A_given_name_in_a_with_a_surnames_male_form_tells_no_gender()
    {
        var body = "Rear Adm. Philippa Drummond spoke first.\n\nRep. Orsolya Kaminski, a Michigan Democrat, backed the bill. "
            + "“Half the harbour pilots are gone, and the rest are tired,” she said.";

        Extractor.Single(Extractor.Direct(body), "Half the harbour pilots").Speaker!.Name.Should().Be("Orsolya Kaminski");
    }
}
