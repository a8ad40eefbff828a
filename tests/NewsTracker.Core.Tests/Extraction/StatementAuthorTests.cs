namespace NewsTracker.Core.Tests.Extraction;

// "“…,” the statement said": a statement speaks for its author, the one the article quoted announcing it. Examples
// written for these tests.
public sealed class StatementAuthorTests
{
    [Fact]
    public void A_statement_speaks_for_the_institution_that_issued_it()
    {
        var body = "The Harbour Authority said in a statement on Monday that the northern quay would reopen on Friday.\n\n"
            + "“We thank the dockers for their patience during the dredging,” the statement said.\n\n"
            + "Mayor Ada Quist welcomed the news.\n\n"
            + "“This is the best news the town has had all year,” she said.\n\n"
            + "“Nothing has been decided about the night crossing,” the statement added.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "We thank the dockers").Speaker!.Name.Should().Be("Harbour Authority");
        Extractor.Single(quotes, "This is the best news").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "Nothing has been decided").Speaker!.Name.Should().Be("Harbour Authority", "the statement is still the authority's");
    }

    [Fact]
    public void A_person_who_issued_the_statement_is_its_author()
    {
        var body = "Port director Tomas Brandt said in a statement that the cranes would be replaced by spring.\n\n"
            + "“The old cranes have served the port for forty years,” the statement said.";

        Extractor.Single(Extractor.Direct(body), "The old cranes").Speaker!.Name.Should().Be("Tomas Brandt");
    }

    [Fact]
    public void A_statement_nobody_in_the_article_issued_names_nobody()
    {
        var body = "The northern quay will reopen on Friday after three weeks of dredging.\n\n"
            + "“We thank the dockers for their patience during the dredging,” the statement said.";

        Extractor.Single(Extractor.Direct(body), "We thank the dockers").Speaker.Should().BeNull();
    }

    // "The statement said" opening a sentence: "The" is no institution, and the one person who issued it is the author.
    [Fact]
    public void A_statement_opening_its_sentence_speaks_for_the_one_person_who_issued_it()
    {
        var body = "Tomas Brandt, the port's deputy director, issued a statement on Monday about the cranes.\n\n"
            + "The statement said the cranes were “older than most of the dockers who run them” and would go by spring.";

        Extractor.Single(Extractor.Direct(body), "older than most").Speaker!.Name.Should().Be("Tomas Brandt");
    }

    [Fact]
    public void A_statement_issued_by_two_people_names_neither()
    {
        var body = "Tomas Brandt and Ada Quist issued a joint statement on Monday about the cranes.\n\n"
            + "The statement said the cranes were “older than most of the dockers who run them” and would go by spring.";

        Extractor.Single(Extractor.Direct(body), "older than most").Speaker.Should().BeNull();
    }

    // A report, figures or a study speak for whoever the phrase says made them.
    [Theory]
    [InlineData("The blockade has cost the region $40 million, according to a report by the World Bank.", "World Bank")]
    [InlineData("According to figures released by the Harbour Authority on Monday, 300 ships are waiting offshore.", "Harbour Authority")]
    [InlineData("According to a study from the Harbour Institute, 300 ships are waiting offshore.", "Harbour Institute")]
    [InlineData("According to a statement issued by the Harbour Authority after talks in Nordvik on Friday, 300 ships are waiting offshore.", "Harbour Authority")]
    public void A_document_speaks_for_whoever_made_it(string body, string speaker)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be(speaker);
    }

    // A body's post or note speaks for it as its statement does.
    [Theory]
    [InlineData("The Harbour Authority said in a note on Monday that the northern quay would reopen on Friday.", "the note")]
    [InlineData("The Harbour Authority wrote on its page on Monday that the northern quay would reopen on Friday.", "the post")]
    // Nobody quoted in the sentence that announced it: the body that posted wrote it.
    [InlineData("The Harbour Authority posted photographs of the dredgers on its page on Monday.", "the post")]
    public void A_post_or_a_note_speaks_for_the_body_that_issued_it(string announcement, string document)
    {
        var body = announcement + "\n\n“We thank the dockers for their patience during the dredging,” " + document + " said.";

        Extractor.Single(Extractor.Direct(body), "We thank the dockers").Speaker!.Name.Should().Be("Harbour Authority");
    }

    [Fact]
    public void A_platform_is_never_the_author_of_a_post()
    {
        var body = "Harbour Secretary Tomas Brandt spoke to reporters on Monday.\n\n"
            + "Facebook took down a handful of fake harbour pages on Tuesday, a Facebook spokeswoman said.\n\n"
            + "The port's own page carried a short message in the evening. “We thank the dockers for their patience,” the post said.";

        Extractor.Single(Extractor.Direct(body), "We thank the dockers").Speaker?.Name.Should().NotBe("Facebook");
    }
}
