namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: press releases and protocol copy name a speaker with a long post — "Name, post: “…”", "ACRONYM post Name: “…”",
// "post of the body Name went further" — and live pages and exercise names put capitalised words where a person could stand.
public sealed class LabelledHolderTests
{
    [Theory]
    [InlineData("Ivo Marsh, Deputy Minister of Ports:", "Ivo Marsh")]
    [InlineData("Ivo Marsh, Deputy Minister of Ports of Estland:", "Ivo Marsh")]
    [InlineData("Marta Oksana Lind, President Director of Harbor Works:", "Marta Oksana Lind")]
    public void A_name_with_its_post_apposed_before_a_colon_speaks(string label, string speaker)
    {
        var body = "The contract was signed on Monday.\n\n" + label + " \"The yard will be ready for the second hull by March.\"";

        var quote = Extractor.Single(Extractor.Direct(body), "The yard will be ready");

        quote.Speaker!.Name.Should().Be(speaker);
    }

    [Fact]
    public void A_title_alone_before_a_colon_names_nobody_by_itself()
    {
        var body = "The contract was signed on Monday.\n\nDeputy Minister of Ports: \"The yard will be ready for the second hull by March.\"";

        var quote = Extractor.Single(Extractor.Direct(body), "The yard will be ready");

        quote.Speaker.Should().BeNull();
    }

    // A body's acronym in capitals opening the label is not a dateline ("OSLO: …"): the holder after it speaks.
    [Theory]
    [InlineData("KVL President Tomas Lind:", "Tomas Lind")]
    [InlineData("PT KVL President Director Tomas Lind:", "Tomas Lind")]
    public void An_acronym_opening_a_name_label_is_not_a_dateline(string label, string speaker)
    {
        var body = "The contract was signed on Monday.\n\n" + label + " \"The yard will be ready for the second hull by March.\"";

        var quote = Extractor.Single(Extractor.Direct(body), "The yard will be ready");

        quote.Speaker!.Name.Should().Be(speaker);
    }

    [Fact]
    public void A_dateline_in_capitals_before_a_colon_still_names_nobody()
    {
        var body = "The contract was signed on Monday.\n\nHARBOURTOWN: \"The yard will be ready for the second hull by March.\"";

        var quote = Extractor.Single(Extractor.Direct(body), "The yard will be ready");

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_holder_named_after_a_title_of_a_body_is_a_person_with_that_title()
    {
        var body = "The sanctions were announced on Tuesday.\n\n"
            + "First Deputy Chairman of the Assembly of Deputies Arlen Dosbolov pressed on.\n\n"
            + "\"We are not a side door for anyone,\" he wrote.\n\n"
            + "\"Friends warn each other first,\" the deputy chairman wrote.";

        var result = Extractor.Run(body);

        result.People.Should().ContainSingle(p => p.Name == "Arlen Dosbolov").Which.Role.Should().Be("First Deputy Chairman");
        Extractor.Single(result.Quotes, "We are not a side door").Speaker!.Name.Should().Be("Arlen Dosbolov");
        Extractor.Single(result.Quotes, "Friends warn").Speaker!.Name.Should().Be("Arlen Dosbolov");
    }

    [Fact]
    public void A_live_pages_masthead_is_not_a_person()
    {
        var body = "Vivid reporting from Harbourtown | Friday 4 December\n\n"
            + "The vote was held on Friday.\n\n"
            + "\"The port stays open,\" he told journalists.";

        var result = Extractor.Run(body);

        result.People.Should().NotContain(p => p.Name == "Vivid");
        Extractor.Single(result.Quotes, "The port stays open").Speaker.Should().BeNull();
    }

    [Fact]
    public void An_exercise_named_with_its_year_is_not_a_person()
    {
        var body = "Officers said the next big drill, Bright Lantern 2027, was planned for May.\n\n"
            + "\"Nobody tests a promise for fun,\" he said.";

        var result = Extractor.Run(body);

        result.People.Should().NotContain(p => p.Name == "Bright Lantern");
        Extractor.Single(result.Quotes, "Nobody tests a promise").Speaker.Should().BeNull();
    }

    // A portfolio never runs on into a lower-case word, so a name closing it before any verb is its holder.
    [Fact]
    public void A_holder_after_a_portfolio_is_a_person_whatever_verb_follows()
    {
        var body = "Minister of Ports Ali Sani met the envoy on Monday.\n\n\"The cranes arrive in March,\" he said.";

        var result = Extractor.Run(body);

        result.People.Should().ContainSingle(p => p.Name == "Ali Sani").Which.Role.Should().StartWith("Minister");
        Extractor.Single(result.Quotes, "The cranes arrive").Speaker!.Name.Should().Be("Ali Sani");
    }

    [Fact]
    public void A_bodys_post_named_with_the_body_is_its_holder()
    {
        var body = "Chairwoman of the Board of Governors Ada Quist met the envoy on Monday.\n\n"
            + "The Chairwoman of the Board of Governors later stated that the fund intended to buy the first cargo in 2027.";

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void A_bodys_post_nobody_holds_is_not_read_as_someone_elses()
    {
        var body = "Chairwoman of the Board of Governors Ada Quist met the envoy on Monday.\n\n"
            + "The President of the Republic of Estland said the first cargo would leave in 2027.";

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    // Words their bracketed initials spell out are a body, whatever the appositive after them says; a person is not
    // shortened so, and a post of the body ("The Director General of …") is its holder's.
    [Fact]
    public void A_name_spelled_out_by_its_initials_is_a_body_not_a_person()
    {
        var body = "The deal was signed on Monday.\n\nTarn Aerospace Works (TAW), the prime contractor, said the plant was ready.";

        var result = Extractor.Run(body);

        result.People.Should().BeEmpty();
        var quote = result.Quotes.Should().ContainSingle(q => q.Text.StartsWith("the plant", StringComparison.Ordinal)).Subject;
        quote.Speaker!.Name.Should().Be("Tarn Aerospace Works");
    }

    [Fact]
    public void A_post_of_a_body_spelled_out_by_its_initials_is_not_the_body()
    {
        var body = "Director General of the Harbour Oil Company Ada Quist met the envoy on Monday.\n\n"
            + "The Director General of the Harbour Oil Company (HOC) said the pipeline was ready.";

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        (quote.Speaker?.Name).Should().NotBe("Harbour Oil Company");
    }

    [Fact]
    public void A_portfolio_listed_with_commas_leaves_its_holder_apposed_after_it()
    {
        var body = "The deal was signed on Monday.\n\n"
            + "The Minister of Mines, Fisheries and Transport, Jean Okala, said that both sides would share the gas.";

        var result = Extractor.Run(body);

        result.People.Should().ContainSingle().Which.Name.Should().Be("Jean Okala");
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Jean Okala");
    }

    [Fact]
    public void A_committees_field_after_on_is_part_of_the_post_not_of_the_name()
    {
        var body = "The talks ended on Monday.\n\n"
            + "Vice Chair of the National Board on Water Resources Firuz Rahimzoda stated that the capital wanted more trade.";

        var result = Extractor.Run(body);

        result.People.Should().ContainSingle().Which.Name.Should().Be("Firuz Rahimzoda");
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Firuz Rahimzoda");
    }

    // An article opening the sentence is capitalised, but it is no body the holder speaks for.
    [Theory]
    [InlineData("An official Ali Sani said the count had been fair.")]
    [InlineData("A spokesman Ali Sani said the count had been fair.")]
    public void An_article_before_a_role_is_no_affiliation(string sentence)
    {
        var result = Extractor.Run("The count ended on Monday.\n\n" + sentence);

        result.People.Should().ContainSingle(p => p.Name == "Ali Sani").Which.Affiliation.Should().BeNull();
    }
}
