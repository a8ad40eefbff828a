using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: "the Tennessee Republican said", "the Ohio Democrat", "the Republican senator" after the article gave one
// person that party (and state, and title); nobody when two people fit or none, and never a person of that name.
public sealed class PartyBackReferenceTests
{
    private const string Between = "Dairy farmers gathered outside the Capitol on Thursday morning.\n\n";

    [Theory]
    [InlineData("Senator Tom Berrow, a Republican from Tennessee, told reporters the farm bill would pass by Friday.", "the Tennessee Republican said")]
    [InlineData("Sen. Tom Berrow (R-Tenn.) told reporters the farm bill would pass by Friday.", "the Tennessee Republican said")]
    [InlineData("Sen. Tom Berrow, R-Tenn., told reporters the farm bill would pass by Friday.", "the Republican senator said")]
    [InlineData("Tennessee Republican Senator Tom Berrow told reporters the farm bill would pass by Friday.", "the Republican added")]
    [InlineData("Senator Tom Berrow of Tennessee, a Republican, told reporters the farm bill would pass by Friday.", "the Tennessee Republican said")]
    public void The_party_and_state_find_the_one_person_introduced_with_them(string introduction, string attribution)
    {
        var quote = Extractor.Direct($"{introduction}\n\n{Between}“This bill feeds families,” {attribution}.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Tom Berrow", quote.Rule);
    }

    [Fact]
    public void Each_descriptor_finds_its_own_member_of_congress()
    {
        var body = "Sen. Tom Berrow (R-Tenn.) told reporters the farm bill would pass by Friday.\n\n"
            + "Rep. Lina Marsh (D-N.Y.) said she would vote against it.\n\n" + Between
            + "“This bill feeds families,” the Tennessee Republican said.\n\n"
            + "“It feeds lobbyists,” the New York Democrat said.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "This bill feeds").Speaker!.Name.Should().Be("Tom Berrow");
        Extractor.Single(quotes, "It feeds lobbyists").Speaker!.Name.Should().Be("Lina Marsh");
    }

    // "His fellow Democrat, Sen. Ada Quist, said": the member apposed speaks; the party word is nobody's name.
    [Theory]
    [InlineData("His fellow Democrat, Sen. Lina Marsh of Vermont, was blunter: “It feeds lobbyists.”")]
    [InlineData("A fellow Democrat, Sen. Lina Marsh, said: “It feeds lobbyists.”")]
    public void A_fellow_member_apposed_is_the_speaker_not_a_person_named_for_the_party(string sentence)
    {
        var body = "Sen. Tom Berrow, a Democrat from Ohio, told reporters the farm bill would pass by Friday. " + sentence;

        Extractor.Single(Extractor.Direct(body), "It feeds lobbyists").Speaker!.Name.Should().Be("Lina Marsh");
    }

    [Fact]
    public void Two_members_of_the_party_leave_the_speaker_open()
    {
        var body = "Sen. Tom Berrow (R-Tenn.) and Sen. Carl Dunmore (R-Ohio) told reporters the farm bill would pass by Friday.\n\n"
            + Between + "“This bill feeds families,” the Republican senator said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        new[] { "Tom Berrow", "Carl Dunmore" }.Should().NotContain(quote.Speaker?.Name);
    }

    [Fact]
    public void A_descriptor_nobody_fits_is_no_person_of_that_name()
    {
        var body = "Sen. Tom Berrow (R-Tenn.) told reporters the farm bill would pass by Friday.\n\n"
            + Between + "“It feeds lobbyists,” the Ohio Democrat said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    // The brackets after a name give its party and state; they are not the speaker themselves.
    [Theory]
    [InlineData("Rep. Lina Marsh (D-Ohio) said she would vote against the farm bill.", "Lina Marsh")]
    [InlineData("Sen. Carl Dunmore (R-Texas) said he would vote for the farm bill.", "Carl Dunmore")]
    public void The_party_bracket_before_the_verb_belongs_to_the_name(string sentence, string speaker)
    {
        var quote = Extractor.Indirect("Dairy farmers gathered outside the Capitol on Thursday.\n\n" + sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(speaker, quote.Rule);
    }

    // The epithet tells who the one person just named is: the article gives the party for the first time.
    [Fact]
    public void A_descriptor_opening_the_sentence_after_one_named_person_is_that_person()
    {
        var body = "Senator Dale Prouty posted within the hour that the agreement was a mistake. "
            + "The Ohio Republican later told reporters that the deal gave away the last of the leverage.";

        Extractor.Single(Extractor.Indirect(body), "the deal gave away").Speaker!.Name.Should().Be("Dale Prouty");
    }

    [Theory]
    [InlineData("Senator Dale Prouty and Senator Ann Kivi posted within the hour that the agreement was a mistake. ")]
    [InlineData("Senator Dale Prouty (D-Ohio) posted within the hour that the agreement was a mistake. ")]
    [InlineData("Senator Dale Prouty posted within the hour that the agreement was a mistake.\n\nDairy farmers gathered outside. ")]
    public void A_descriptor_after_two_people_another_party_or_another_sentence_names_nobody(string before)
    {
        var body = before + "The Ohio Republican later told reporters that the deal gave away the last of the leverage.";

        Extractor.Single(Extractor.Indirect(body), "the deal gave away").Speaker.Should().BeNull();
    }

    // The lead names the candidate without a party; the next paragraph's quote comes before its descriptor.
    [Theory]
    [InlineData("the Georgia Democrat said", "Senator")]
    [InlineData("the Republican told the crowd", "State Treasurer")]
    public void A_descriptor_after_the_quote_is_the_person_the_narration_before_it_named(string attribution, string title)
    {
        var body = $"The port should stay out of foreign hands, {title} Maribel Quist told a packed union hall here on Saturday.\n\n"
            + $"“I am not going to whisper about the port to win a primary,” {attribution}, “and voters know it.”";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList(), "I am not going").Speaker!.Name.Should().Be("Maribel Quist");
        Extractor.Single(result.Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList(), "The port should stay").Speaker!.Name.Should().Be("Maribel Quist");
    }

    [Fact]
    public void A_descriptor_after_a_sentence_naming_two_people_stays_open()
    {
        var body = "Senator Maribel Quist and Senator Dora Lind toured the port on Saturday.\n\n"
            + "“I am not going to whisper about the port,” the Georgia Democrat said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker.Should().BeNull();
    }

    // A party description opening a sentence is nobody's name ("Ohio Republican", "Democrat Ada Quist" were people), and
    // the pronoun after it is the one member it describes, not the man named nearer.
    [Fact]
    public void A_pronoun_after_a_party_description_is_its_member_and_the_description_is_no_person()
    {
        var body = "Sen. Ada Quist (R-Ohio) opposed the farm bill from the start.\n\n"
            + "Sen. Tom Berrow of Tennessee explained his vote in one line.\n\n"
            + "The Ohio Republican laughed that off. “This bill feeds lobbyists,” she said.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "This bill feeds").Speaker!.Name.Should().Be("Ada Quist");
        result.People.Select(p => p.Name).Should().BeEquivalentTo("Ada Quist", "Tom Berrow");
    }

    [Fact]
    public void A_party_word_before_a_name_is_not_part_of_it()
    {
        var result = Extractor.Run("Democrat Ada Quist said the farm bill would pass by Friday.");

        result.People.Should().ContainSingle().Which.Name.Should().Be("Ada Quist");
        result.Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ada Quist");
    }

    // "the Harbour Republican" (a city, not a state): the one member introduced with that place, never a person
    // "Harbour Republican", and the pronoun after it is that member.
    [Fact]
    public void A_city_and_a_party_find_the_member_introduced_with_them()
    {
        var body = "Sen. Tom Berrow, a Harbour Republican, sponsored the farm bill.\n\n"
            + "Sen. Jon Marsh, a Lakeside Democrat, accused Mr. Berrow of using farmers as props.\n\n"
            + "The Harbour Republican shot back that Mr. Marsh had never visited a farm. “If he wants to come, I will drive him,” he said.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "If he wants").Speaker!.Name.Should().Be("Tom Berrow");
        result.People.Should().NotContain(p => p.Name.Contains("Republican"));
    }
}
