namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: newspapers speak in press reviews and editorials. A capitalised run ending in an outlet word is the outlet,
// never a person by its first word; "the paper", "the newspaper", "the daily" stand for the outlet named before, and
// name nobody when no outlet was named. Examples written for these tests.
public sealed class OutletSpeakerTests
{
    [Fact]
    public void An_outlet_by_name_speaks_as_an_organisation_not_as_a_person()
    {
        var result = Extractor.Run("The Rhine Chronicle said the harbour levy was long overdue and should stay.");

        result.Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Rhine Chronicle");
        result.Quotes[0].Speaker!.Kind.Should().Be(Core.Actors.ActorKind.Organisation);
        result.People.Should().NotContain(p => p.Name == "Rhine");
    }

    // A paper named "… Post" is the paper, not a post by the place before it; one of two words joined by "and" is one outlet.
    [Theory]
    [InlineData("The Nordvik Post called the levy \"the most expensive mistake the harbour ever made\".", "Nordvik Post")]
    [InlineData("The National Post called the levy \"the most expensive mistake the harbour ever made\".", "National Post")]
    [InlineData("The Anchor and Mail called the levy \"the most expensive mistake the harbour ever made\".", "Anchor and Mail")]
    public void A_post_or_an_outlet_joined_by_and_is_the_paper(string body, string outlet)
    {
        var quotes = Extractor.Run(body).Quotes;

        quotes.Should().NotBeEmpty().And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == outlet && q.Speaker.Kind == Core.Actors.ActorKind.Organisation);
    }

    [Theory]
    [InlineData("“The government has lost its nerve,” the paper wrote in a leader column on Wednesday.")]
    [InlineData("The newspaper said the levy would drive trade to neighbouring ports for years.")]
    [InlineData("“The harbour towns deserve far better than this,” the daily wrote.")]
    public void The_paper_is_the_outlet_named_before(string sentence)
    {
        var body = "The Freedonian Daily Herald took a harder line than its rivals on the levy.\n\n" + sentence;

        Extractor.Run(body).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Freedonian Daily Herald");
    }

    // "Global" opens the outlet's name; it is not a capitalised word to drop before "Times".
    [Fact]
    public void The_paper_after_two_outlets_is_the_later_one_and_an_opening_adjective_stays_in_the_name()
    {
        var body = "Freedonia's state-run Global Lantern Times called the levy a betrayal of the harbour towns.\n\n"
            + "The paper added that the levy would drive trade to neighbouring ports for years.\n\n"
            + "An editorial in the Harbour Times argued that the levy was long overdue.\n\n"
            + "The paper said the government should have acted a decade earlier.";

        var quotes = Extractor.Indirect(body);

        Extractor.Single(quotes, "the levy would drive").Speaker!.Name.Should().Be("Global Lantern Times");
        Extractor.Single(quotes, "the government should").Speaker!.Name.Should().Be("Harbour Times");
    }

    [Fact]
    public void The_paper_with_no_outlet_named_before_names_nobody()
    {
        var quote = Extractor.Direct("“The government has lost its nerve,” the paper wrote in a leader column on Wednesday.")
            .Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    // A name with no outlet word is an outlet when a newspaper noun stands right before it.
    [Theory]
    [InlineData("Freedonia's biggest tabloid, Morgenpost, backed the levy.")]
    [InlineData("The levy found one friend in Harbourtown, the daily Morgenpost.")]
    public void A_name_after_a_newspaper_noun_is_the_outlet_the_paper_stands_for(string first)
    {
        var body = first + "\n\nThe levy was \"the least the harbour towns are owed\", the paper argued in its leader column.";

        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Morgenpost");
    }

    // "The liberal daily Morgenpost was …": the name stands before a verb, as it does before a comma or "said".
    [Fact]
    public void A_name_after_a_newspaper_noun_and_before_a_verb_is_the_outlet()
    {
        var body = "The liberal daily Hafen Kurier struck first.\n\nThe levy was \"a tax on every fisherman\", the paper argued.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes.Where(q => q.Kind == Core.Quotes.QuoteKind.Indirect).ToList(), "The levy was").Speaker!.Name.Should().Be("Hafen Kurier");
        result.People.Should().NotContain(p => p.Name == "Hafen Kurier");
    }

    // Press reviews name a paper by its name alone; "the paper" in the next sentence is the name that sentence opened with.
    [Theory]
    [InlineData("The conservative Hafen Kurier struck first.", "Hafen Kurier")]
    [InlineData("In Freedonia, Morgenpost ran a cartoon of the minister.", "Morgenpost")]
    [InlineData("Freedonia's de Morgenstem was gentler.", "de Morgenstem")]
    public void The_paper_after_a_sentence_opening_with_a_name_is_that_name(string first, string paper)
    {
        var body = first + " In an editorial on Friday, the paper argued that the levy was \"a tax on every fisherman\".";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes.Where(q => q.Kind == Core.Quotes.QuoteKind.Indirect).ToList(), "the levy was").Speaker!.Name.Should().Be(paper);
        result.People.Should().NotContain(p => p.Name == paper);
    }

    // A name the article gives a first name, a role or a gender is a person, never the paper.
    [Theory]
    [InlineData("Minister Ada Quist struck first.")]
    [InlineData("Ms. Quist struck first.")]
    public void The_paper_after_a_sentence_opening_with_a_person_is_not_that_person(string first)
    {
        var body = first + " In an editorial on Friday, the paper argued that the levy was \"a tax on every fisherman\".";

        Extractor.Single(Extractor.Indirect(body), "the levy was").Speaker.Should().BeNull();
    }

    [Fact]
    public void A_person_apposed_to_a_colleague_at_the_same_paper_is_no_outlet()
    {
        var body = "Tomas Brandt of the Harbour Times called the levy a disgrace.\n\n"
            + "His colleague at the same paper, Jon Berg, disagrees. \"The levy pays for the dredging,\" he writes.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Jon Berg");
    }

    [Theory]
    [InlineData("Its editorial argued", "Harbour Times")]
    [InlineData("Their statement said", "Freedonian Ministry of Ports")]
    public void A_document_owned_by_a_pronoun_speaks_for_the_institution_that_spoke_before(string lead, string owner)
    {
        var body = $"The {owner} said the protests would change nothing.\n\n{lead} that the levy would stay until the dredging was paid for.";

        Extractor.Single(Extractor.Indirect(body), "the levy would stay").Speaker!.Name.Should().Be(owner);
    }

    // A body's own unit speaks for it ("Its press service", "its office in the port"), and the body a sentence opens on
    // may have an appositive or a relative clause before its verb.
    [Theory]
    [InlineData("The Harbour Authority, the port's owner, signed the lease in May.", "Its press service said", "Harbour Authority")]
    [InlineData("The Harbour Authority, which has run the port since 1990, welcomed the lease.", "Its office in the port said", "Harbour Authority")]
    [InlineData("The Harbour Times, which is close to the mayor, led with the lease.", "Its editorial said", "Harbour Times")]
    public void A_bodys_own_unit_speaks_for_the_body_the_sentence_before_opened_on(string before, string lead, string owner)
    {
        var body = $"{before} {lead} that the levy would stay until the dredging was paid for.";

        Extractor.Single(Extractor.Indirect(body), "the levy would stay").Speaker!.Name.Should().Be(owner);
    }

    // An acronym of three or more capitals is the body quoted earlier whose last words it abbreviates; any other stays itself.
    [Theory]
    [InlineData("the HSB", "Freedonia's Harbour Safety Board")]
    [InlineData("the XYZ", "XYZ")]
    public void An_acronym_is_the_body_quoted_earlier_whose_initials_it_is(string acronym, string expected)
    {
        var body = $"The ferries stopped on Tuesday, Freedonia's Harbour Safety Board said.\n\nThe cranes are old, {acronym} said in a statement.";

        Extractor.Single(Extractor.Indirect(body), "The cranes are old").Speaker!.Name.Should().Be(expected);
    }

    // A paper's name in its own language ends in its word for a paper or for news ("Zeitung", "Sanomat", "Quotidien"):
    // an outlet, so "its editorial" after it is the paper.
    [Theory]
    [InlineData("Le Quotidien")]
    [InlineData("Nordhafener Zeitung")]
    [InlineData("Saaremaa Sanomat")]
    public void A_paper_named_in_its_own_language_owns_its_editorial(string paper)
    {
        var body = "The port deal drew mixed reviews from the papers.\n\n"
            + $"{paper} was cooler about it than its rivals. "
            + "\u201CA harbour bought with promises is paid for in trust, and trust runs out first,\u201D its editorial said.";

        var speaker = Extractor.Single(Extractor.Direct(body), "A harbour bought").Speaker!;

        speaker.Name.Should().Be(paper);
        speaker.Kind.Should().Be(Core.Actors.ActorKind.Organisation);
    }

    // "the Rhine Chronicle's editorial board wrote": a paper's editorial, leader or review speaks for the paper.
    [Theory]
    [InlineData("the Rhine Chronicle's editorial")]
    [InlineData("the Rhine Chronicle's editorial board")]
    [InlineData("the Rhine Chronicle's leader")]
    [InlineData("the Rhine Chronicle's review")]
    public void A_papers_editorial_or_review_is_the_paper(string source)
    {
        var body = $"The levy was \u201Ca toll on the towns that can least afford it\u201D, {source} said on Monday.";

        Extractor.Single(Extractor.Direct(body), "a toll on the towns").Speaker!.Name.Should().Be("Rhine Chronicle");
    }

    // In a press review "the paper" after a sentence opening on another paper's name is that paper, not one quoted further back.
    [Fact]
    public void The_paper_is_the_one_the_sentence_before_opens_on()
    {
        var body = "The Rhine Chronicle was sharper about the exemption. \u201CThe price is paid in trust,\u201D its editorial said.\n\n"
            + "In Tallinn, Kvellsbladet went the other way. The exemption was a fair trade for an end to the imports, the paper wrote.";

        Extractor.Single(Extractor.Indirect(body), "The exemption was a fair trade").Speaker!.Name.Should().Be("Kvellsbladet");
    }

    // "the Frisian daily": a regional adjective the catalogue does not know, before a word for a paper, describes the
    // paper named before; it is no person "Frisian".
    [Fact]
    public void A_regional_adjective_before_daily_describes_the_paper()
    {
        var body = "Kustblad was scathing about the dyke levy. The levy was \u201Cthe dearest reversal in forty years\u201D, the Frisian daily said.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes.Where(q => q.Kind == Core.Quotes.QuoteKind.Direct).ToList(), "the dearest reversal").Speaker!.Name.Should().Be("Kustblad");
        result.People.Should().NotContain(p => p.Name == "Frisian");
    }
}
