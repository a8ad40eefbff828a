using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: companies in speaker position. "The firm said" stands for the company named before; a description with the
// company in its appositive is the company; a short name the article gives an institution speaks for it.
public sealed class CompanySpeakerTests
{
    [Theory]
    [InlineData("firm")]
    [InlineData("company")]
    [InlineData("operator")]
    public void A_companys_common_noun_speaks_for_the_company_named_before(string noun)
    {
        var body = "Pelion Shipping said on Monday that its crew were safe.\n\n"
            + $"“Safety comes first for every one of our crews,” the {noun} said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Pelion Shipping");
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    // "Norway's Fisheries Ministry spokesman": the state's institution speaks through its spokesman, not the state.
    // "Halvik's plant … will double its output, the company said": the one-word owner the sentence opens on is the
    // company; a state's ("Norway's plant") is none.
    [Theory]
    [InlineData("Halvik", "Halvik")]
    [InlineData("Norway", null)]
    public void The_company_is_the_owner_its_sentence_opens_on(string owner, string? speaker)
    {
        var quote = Extractor.Single(
            Extractor.Indirect($"{owner}'s shell plant in the town of Unterby will double its output by 2027, the company said on Tuesday."),
            $"{owner}'s shell plant");

        (quote.Speaker?.Name).Should().Be(speaker);
    }

    [Fact]
    public void A_states_possessive_before_its_institutions_spokesperson_gives_the_institution()
    {
        var quote = Extractor.Indirect("Norway's Fisheries Ministry spokesman said the cod quota would stay as agreed in the autumn.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Norwegian Fisheries Ministry");
    }

    // "Its spokeswoman said" with no name beside it: the body the "its" stands for speaks, not the person quoted last; named
    // beside it ("Its spokeswoman, Ada Quist, said") the spokeswoman speaks.
    [Theory]
    [InlineData("Its spokeswoman told a briefing that the border row could be settled by the two capitals alone.", "Nordvik Foreign Ministry")]
    [InlineData("Its spokeswoman, Ada Quist, told a briefing that the border row could be settled by the two capitals alone.", "Ada Quist")]
    public void Its_spokesperson_speaks_for_the_body_unless_named(string sentence, string speaker)
    {
        var body = "Harbour envoy Ivo Brand said the talks had gone well.\n\nThe Nordvik Foreign Ministry welcomed the border deal on Friday. " + sentence;

        var quote = Extractor.Single(Extractor.Indirect(body), "the border row");

        quote.Speaker!.Name.Should().Be(speaker);
    }

    // A one-word name the article gives no first name, gender or post, then "It added": the "it" says the name is a company's.
    [Fact]
    public void It_after_a_one_word_name_speaks_for_that_name()
    {
        var body = "Vessmar told the harbour board on Monday that work at the dry dock was on schedule. It added that the hull would be floated out in May.";

        var quote = Extractor.Single(Extractor.Indirect(body), "the hull would be floated out");

        quote.Speaker!.Name.Should().Be("Vessmar");
    }

    // "Industries" and "Technologies" alone make no run a company (a minister's portfolio ends the same way), but after
    // "a spokesperson for" the run is who the spokesperson speaks for; a person there stays a person.
    [Theory]
    [InlineData("A spokesperson for Halden Industries said the firm had never shipped a single crate to the port.", "Halden Industries", ActorKind.Organisation)]
    [InlineData("A spokesman for Nordvik Technologies said the firm had never shipped a single crate to the port.", "Nordvik Technologies", ActorKind.Organisation)]
    [InlineData("A spokeswoman for Tomas Brandt said the senator would not run again next year.", "Tomas Brandt", ActorKind.Person)]
    public void A_spokesperson_for_a_company_named_by_its_sector_speaks_for_the_company(string body, string speaker, ActorKind kind)
    {
        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(speaker);
        quote.Speaker.Kind.Should().Be(kind);
    }

    // With no title in the run and no first name opening it, a name ending in a sector word is a company, never a person.
    [Theory]
    [InlineData("Halden Minerals")]
    [InlineData("Nordvik Energy")]
    public void A_name_ending_in_a_sector_word_with_no_title_or_first_name_is_a_company_not_a_person(string company)
    {
        var body = $"{company} will invest $500 million in a lithium venture with the state miner, the company said on Tuesday.\n\n"
            + "Energy Minister Tomas Brandt welcomed the venture.";

        var result = Extractor.Run(body);

        result.Quotes.Should().ContainSingle().Which.Speaker!.Should().Match<NewsTracker.Core.Extraction.ExtractedSpeaker>(
            s => s.Name == company && s.Kind == ActorKind.Organisation);
        result.People.Select(p => p.Name).Should().Equal("Tomas Brandt");
    }

    [Fact]
    public void A_description_whose_appositive_names_a_company_is_that_company()
    {
        var body = "The ship's operator, Athens-based Pelion Shipping, said the crew of 20 were safe and the fire was out.";

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Pelion Shipping");
    }

    [Fact]
    public void A_possessive_description_after_the_verb_takes_the_company_in_its_appositive()
    {
        var body = "“We will resume our voyages when the route is safe again,” said the vessel's owner, Pelion Shipping.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Pelion Shipping");
    }

    [Fact]
    public void A_name_the_article_gives_an_institution_speaks_for_it()
    {
        var body = "Norway's Foreign Ministry, known as UD, summoned the ambassador on Monday.\n\n"
            + "“We will not tolerate threats against our shipping lanes,” UD said in a statement.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Norwegian Foreign Ministry");
    }

    [Fact]
    public void A_company_noun_with_no_company_before_it_names_nobody()
    {
        var body = "The Energy Ministry said on Monday that the pipeline was shut.\n\n"
            + "“Safety comes first for every one of our crews,” the firm said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("The ship's operator said the crew of 20 were safe and the fire was out.")]
    [InlineData("The shipping company said the crew of 20 were safe and the fire was out.")]
    public void A_companys_description_with_no_company_named_is_no_actor(string body)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker.Should().BeNull();
    }

    // A company by its country and common noun is the company named before, else nobody: never an actor "Norwegian company".
    [Fact]
    public void The_company_with_its_country_is_the_company_named_before()
    {
        var body = "Halden Energy and its partners were paid on Friday.\n\nIn a letter, the Norwegian company said the payment was late but welcome.";

        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Halden Energy");
    }

    [Fact]
    public void The_company_with_its_country_and_no_company_named_before_is_nobody()
    {
        var body = "The arrears were paid on Friday.\n\nIn a letter, the Norwegian company said the payment was late but welcome.";

        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker.Should().BeNull();
    }
    // "Port Energy" reads like a portfolio ("Ports and Energy"), but the article's appositive says it is a company: the
    // name check lets a body the article establishes speak, as it lets one the catalogue knows.
    [Fact]
    public void A_name_the_articles_appositive_shows_to_be_a_company_passes_the_name_check()
    {
        var body = "Port Energy, the Danish operator that owns the rest of the licence, said in a filing that the sale \u201cclears the way for a drilling decision\u201d.";

        var result = Extractor.Run(body);

        result.Quotes.Should().HaveCount(2).And.OnlyContain(q => q.Speaker!.Name == "Port Energy" && q.Speaker.Kind == ActorKind.Organisation);
    }
    // "it" in a relative clause ("…, in which it said") is the body its own sentence opened on.
    [Theory]
    [InlineData("The Embassy of Norway in Peru", "Embassy of Norway in Peru")]
    [InlineData("The Norwegian embassy", "Norwegian embassy")]
    public void It_in_a_relative_clause_is_the_body_its_sentence_opened_on(string body, string speaker)
    {
        var text = $"{body} praised the port deal in a post on Facebook, where it wrote that the terminal would \u201cbring the two coasts closer than ever\u201d.";

        var quotes = Extractor.Run(text).Quotes;

        quotes.Should().HaveCount(2).And.OnlyContain(q => q.Speaker!.Name == speaker && q.Speaker.Kind == ActorKind.Organisation);
    }

    // "a Tokyo Gas spokesman": a company named after its city or country speaks, not the place.
    [Theory]
    [InlineData("Asked about the pipeline, a Tokyo Gas spokesman replied that buyers in Japan would wait for the price.", "Tokyo Gas")]
    [InlineData("Asked about the pipeline, a Norway Shipping spokeswoman replied that buyers in Japan would wait for the price.", "Norway Shipping")]
    public void A_company_named_after_a_place_speaks_for_itself(string body, string company)
    {
        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(company);
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    // "Global" closes a company's name as "International" does: "Fenwick Global" is no person "Fenwick".
    [Fact]
    public void A_name_closed_by_global_is_a_company()
    {
        var result = Extractor.Run("Fenwick Global, which is building the jetty, said the first barge would leave in the spring.");

        var speaker = result.Quotes.Should().ContainSingle().Subject.Speaker!;
        speaker.Name.Should().Be("Fenwick Global");
        speaker.Kind.Should().Be(ActorKind.Organisation);
        result.People.Should().BeEmpty();
    }

    // An appositive that describes the company ("a major buyer of Varanger gas") lends it no name.
    [Fact]
    public void A_place_describing_a_noun_in_the_appositive_is_no_name_for_the_speaker()
    {
        var quote = Extractor.Indirect("A spokeswoman for NORDKRAFT, the region's largest utility and a major buyer of Varanger gas, said every cargo had arrived on time.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("NORDKRAFT");
    }
}
