using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: wire copy names a firm or an agency by one word, as it names a person by surname ("Ternova said"). What the
// article writes around the name tells them apart: an appositive of a body, a "which", or "the company said" after the
// name's own statement make it an organisation; with none of them a lone name stays a person.
public sealed class NamedBodyTests
{
    [Theory]
    [InlineData("Ternova, the national grid operator, said on Monday that outages would last until Thursday.")]
    [InlineData("Kestrelis, a Norwegian data firm that tracks tankers, said on Monday that outages would last until Thursday.")]
    [InlineData("Ternova, Freedonia's state power company, said on Monday that outages would last until Thursday.")]
    [InlineData("Holvard, which runs the main terminal, said on Monday that outages would last until Thursday.")]
    public void A_one_word_name_described_as_a_body_speaks_as_an_organisation(string body)
    {
        var result = Extractor.Run(body);

        var speaker = result.Quotes.Should().ContainSingle().Subject.Speaker!;
        speaker.Kind.Should().Be(ActorKind.Organisation);
        result.People.Should().BeEmpty();
    }

    // "according to Kestrelis" with no one of that name in the article cites a body: a person cited so is introduced first.
    [Fact]
    public void A_one_word_name_after_according_to_is_a_body()
    {
        var body = "Tankers are queueing off the terminal, according to Kestrelis.\n\n"
            + "Ada Lund, an analyst in Oslo, said the queue would clear by Friday.\n\n"
            + "“Nobody wants to pay for a week at anchor,” she said.";

        var result = Extractor.Run(body);

        result.Quotes.Should().Contain(q => q.Speaker != null && q.Speaker.Name == "Kestrelis" && q.Speaker.Kind == ActorKind.Organisation);
        Extractor.Single(result.Quotes, "Nobody wants to pay").Speaker!.Name.Should().Be("Ada Lund");
        result.People.Should().NotContain(p => p.Name == "Kestrelis");
    }

    [Fact]
    public void The_company_after_a_body_named_by_one_word_is_that_body()
    {
        var body = "Ternova, the national grid operator, said on Monday that outages would last until Thursday. "
            + "“Crews are working through the night to keep hospitals on the grid,” the company said.";

        var speakers = Extractor.Run(body).Quotes.Select(q => q.Speaker).ToList();

        speakers.Should().HaveCount(2).And.OnlyContain(s => s != null && s.Name == "Ternova" && s.Kind == ActorKind.Organisation);
    }

    [Fact]
    public void A_name_whose_officer_opens_the_next_sentence_is_a_body()
    {
        var body = "Ternova said power would be rationed in eight regions until Sunday. "
            + "Its chief executive, Olek Marsh, told a briefing that repairs could take weeks.";

        var result = Extractor.Run(body);

        var speaker = Extractor.Single(result.Quotes.ToList(), "power would be rationed").Speaker!;
        speaker.Name.Should().Be("Ternova");
        speaker.Kind.Should().Be(ActorKind.Organisation);
        result.People.Select(p => p.Name).Should().Equal("Olek Marsh");
    }

    // A body's officer named with it elsewhere ("Brightwell chief executive Ana Ruiz") makes it a body; a person's staff
    // ("Varga spokesman Tom Holm") does not.
    [Theory]
    [InlineData("Brightwell chief executive Ana Ruiz", ActorKind.Organisation)]
    [InlineData("Brightwell President Ana Ruiz", ActorKind.Organisation)]
    [InlineData("Brightwell spokeswoman Ana Ruiz", ActorKind.Person)]
    public void A_name_an_officer_serves_is_a_body(string officer, ActorKind kind)
    {
        var body = "Brightwell said output would fall by a fifth this year.\n\n" + officer + " said the plant would close in March.";

        Extractor.Single(Extractor.Indirect(body), "output would fall").Speaker!.Kind.Should().Be(kind);
    }

    // A platform speaks as its company and is never a person; a channel on one speaks for whoever runs it.
    [Fact]
    public void A_platform_speaks_as_its_company_and_a_channel_for_whoever_runs_it()
    {
        var body = "Facebook said it had removed the accounts on Monday.\n\n"
            + "A Telegram channel run by the Harbour Front said any soldier who stayed would be treated as an occupier.\n\n"
            + "A Telegram account run by Kataib Hezbollah said the convoy had been struck near the border.";

        var result = Extractor.Run(body);

        result.Quotes.Select(q => q.Speaker?.Name).Should().Equal("Facebook", "Harbour Front", "Kataib Hezbollah");
        result.Quotes.Should().OnlyContain(q => q.Speaker!.Kind == ActorKind.Organisation);
        result.People.Should().BeEmpty();
    }

    // A run ending in a body the catalogue knows is a body of that name, not a person "Kataib" of that body.
    [Fact]
    public void A_name_ending_in_a_known_body_is_a_body()
    {
        var result = Extractor.Run("Kataib Hezbollah said the convoy had been struck near the border.");

        var speaker = result.Quotes.Should().ContainSingle().Subject.Speaker!;
        speaker.Name.Should().Be("Kataib Hezbollah");
        speaker.Kind.Should().Be(ActorKind.Organisation);
        result.People.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Brightwell said it would cut output at two plants. “Demand has collapsed,” the firm said in a statement.")]
    [InlineData("Brightwell, for its part, cited weak demand. In a statement, the company said that output would fall by a fifth.")]
    public void A_name_that_the_company_stands_for_right_after_is_the_company(string body)
    {
        var result = Extractor.Run(body);

        result.Quotes.Should().NotBeEmpty().And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Brightwell" && q.Speaker.Kind == ActorKind.Organisation);
        result.People.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Okafor said the talks would resume next week.")]
    [InlineData("Okafor said the talks would resume next week. “It is the only way forward,” he said.")]
    [InlineData("Okafor, the company's chief executive, said the talks would resume next week.")]
    public void A_lone_name_with_nothing_of_a_body_around_it_stays_a_person(string body)
    {
        var result = Extractor.Run(body);

        result.Quotes.Should().NotBeEmpty().And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Okafor" && q.Speaker.Kind == ActorKind.Person);
    }

    // Read as a name where it speaks, a body by what the article says of it elsewhere: its statement goes on with "it",
    // or a body's noun stands before it.
    [Theory]
    [InlineData("Korvex said on Tuesday that it would cut gas supplies to the region by a third from next month.")]
    [InlineData("Supplies were cut overnight by the grid operator Korvex.\n\nKorvex said repairs to the line would take a week.")]
    [InlineData("Freedonia's nuclear operator, Korvex, has warned of shortages.\n\nKorvex said repairs to the line would take a week.")]
    public void A_name_the_article_calls_it_or_describes_as_a_body_speaks_as_an_organisation(string body)
    {
        var result = Extractor.Run(body);

        result.Quotes.Should().NotBeEmpty().And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Korvex" && q.Speaker.Kind == ActorKind.Organisation);
        result.People.Should().BeEmpty();
    }

    // A short name no first name opens reads the same way: "Halden Vale said that it would …".
    [Theory]
    [InlineData("Halden Vale said on Monday that it would close the smelter before the winter sets in.", ActorKind.Organisation)]
    [InlineData("Halden Vale said on Monday that it would be a mistake to close the smelter.", ActorKind.Person)]
    public void A_short_name_the_article_calls_it_speaks_as_an_organisation(string body, ActorKind kind)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Kind.Should().Be(kind);
    }

    // "A spokeswoman for the company", "the company's chief executive" after the name's own statement: its officer.
    [Theory]
    [InlineData("Korvex said repairs to the line would take a week. A spokeswoman for the company said crews were on site.")]
    [InlineData("Korvex said repairs to the line would take a week. The company's chief executive said crews were on site.")]
    public void A_name_whose_officer_the_next_sentence_gives_to_the_company_is_a_body(string body)
    {
        Extractor.Single(Extractor.Indirect(body), "repairs to the line").Speaker!.Kind.Should().Be(ActorKind.Organisation);
    }

    // "It" after a person's statement is often no more than the clause's subject: a gender or an age keeps the person.
    [Theory]
    [InlineData("Okafor said on Tuesday that it would be a mistake to cut supplies. He called for talks instead.")]
    [InlineData("Okafor, 54, said on Tuesday that it had cut supplies to the region.")]
    [InlineData("Okafor said on Tuesday that it would be a mistake to cut supplies.")]
    public void A_person_whose_statement_goes_on_with_it_stays_a_person(string body)
    {
        Extractor.Run(body).Quotes.Should().NotBeEmpty()
            .And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Okafor" && q.Speaker.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_person_named_before_keeps_a_surname_whatever_follows()
    {
        var body = "Mira Okafor, the company's chief executive, spoke on Monday.\n\n"
            + "Okafor said output would fall by a fifth. “Demand has collapsed,” the company said.";

        var quotes = Extractor.Run(body).Quotes;

        quotes.Should().Contain(q => q.Speaker != null && q.Speaker.Name == "Mira Okafor" && q.Speaker.Kind == ActorKind.Person);
        quotes.Should().NotContain(q => q.Speaker != null && q.Speaker.Kind == ActorKind.Organisation && q.Speaker.Name.Contains("Okafor"));
    }

    // "a Norwegian data firm" is a description, not an institution the article named: a later "the firm" does not become
    // an actor "Norwegian data firm".
    [Fact]
    public void An_indefinite_description_is_no_institution_to_return_to()
    {
        var body = "Analysts at a Norwegian data firm said exports had fallen by a third.\n\n“We have never seen a drop like this,” the firm said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    // A capitalised run ending in a company's word, no title and no first name opening it, is the company, whatever its
    // appositive says; its first word alone later is the same company, not a person.
    [Theory]
    [InlineData("Brightwater Energy said output would resume next month.")]
    [InlineData("Brightwater Energy, the Australian gas producer, said output would resume next month.")]
    public void A_company_ending_in_a_sector_word_speaks_as_the_company(string body)
    {
        var speaker = Extractor.Indirect(body).Should().ContainSingle().Subject.Speaker!;

        speaker.Name.Should().Be("Brightwater Energy");
        speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    [Fact]
    public void A_company_called_by_its_first_word_is_the_company_named_before()
    {
        var body = "Halden Shipping said on Monday it had diverted four vessels around the Cape. "
            + "Halden said the detour added twelve days to each voyage.\n\n“We will not send crews into that strait,” Halden said.";

        var result = Extractor.Run(body);

        result.Quotes.Should().HaveCount(3).And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Halden Shipping" && q.Speaker.Kind == ActorKind.Organisation);
        result.People.Should().BeEmpty();
    }

    [Fact]
    public void A_title_before_a_portfolio_still_makes_a_person()
    {
        var body = "Deputy Energy Minister Lars Holm said output would resume next month.";

        var speaker = Extractor.Indirect(body).Should().ContainSingle().Subject.Speaker!;

        speaker.Name.Should().Be("Lars Holm");
        speaker.Kind.Should().Be(ActorKind.Person);
    }

    // The description in apposition to a company's name describes that company: a later "the operator" is the company,
    // not an actor "Norwegian tanker operator".
    [Fact]
    public void A_description_in_apposition_to_a_company_is_no_second_institution()
    {
        var body = "Nordvik Shipping, the Norwegian tanker operator, said two ships were delayed.\n\n"
            + "“Both crews are safe and accounted for,” the operator said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Nordvik Shipping");
    }

    // The counterpart of an "it" is a body, so it is no person and no later "he"; "its chief executive" is a person.
    [Fact]
    public void A_name_apposed_as_its_counterpart_is_a_body_and_no_he()
    {
        var body = """
            Nordgrid, the northern grid operator, said the cable was carrying power normally. Baltgrid, its southern counterpart, said divers would look at the cable on Friday.

            The harbour minister brushed the claim aside. He said the strait was open to every ship.
            """;

        var result = Extractor.Run(body);

        result.People.Should().NotContain(p => p.Name == "Baltgrid");
        Extractor.Single(result.Quotes, "divers would look").Speaker!.Kind.Should().Be(ActorKind.Organisation);
        Extractor.Single(result.Quotes, "the strait was open").Speaker?.Name.Should().NotBe("Baltgrid");
    }

    [Fact]
    public void Its_chief_executive_in_apposition_is_a_person()
    {
        var result = Extractor.Run("Nordvik Shipping grew fast last year. Ada Quist, its chief executive, said the fleet would double by 2030.");

        result.People.Should().Contain(p => p.Name == "Ada Quist");
    }

    // A union's local is named by its number ("Boilermakers Local 1212"): it is a body, never a person "Boilermakers Local",
    // and a later "the union" is it.
    [Fact]
    public void A_unions_local_named_by_its_number_is_a_body()
    {
        var body = "Linnea Osterhout, president of Boilermakers Local 1212, addressed the crews at the gate.\n\n"
            + "Crews voted two to one to walk out on Monday, the union said. Riggers Local 340 said its members would stay off the cranes.";

        var result = Extractor.Run(body);

        result.People.Select(p => p.Name).Should().Equal("Linnea Osterhout");
        result.People[0].Role.Should().Be("President");
        Extractor.Single(Extractor.Indirect(body), "Crews voted").Speaker!.Name.Should().Be("Boilermakers Local 1212");
        Extractor.Single(Extractor.Indirect(body), "its members would stay").Speaker!.Name.Should().Be("Riggers Local 340");
    }
}
