using NewsTracker.Core.Actors;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Sieves;
using static NewsTracker.Core.Tests.Extraction.Sieves.SieveText;

namespace NewsTracker.Core.Tests.Extraction.Sieves;

// The organisation sieves: spokesperson named earlier, catalogue description, quoted earlier, mentioned, described, unresolved, as named.
public sealed class OrganisationSieveTests
{
    private static readonly CompiledCatalogue Catalogue = CompiledCatalogue.Compile(new ExtractionCatalogue(
        [new KnownActor("Northern Dockers Union", ActorKind.Organisation, ["the dockers' union", "the union"])], []));

    [Fact]
    public void Spokesperson_takes_the_spokesperson_named_with_that_institution()
    {
        var spokesman = Organisation("Harbour Office") with { Role = "spokesman" };

        new OrganisationSpokespersonSieve().Try(Speaker("Harbour Office spokesman Ivo Marsh said the cranes were old.", spokesman))!
            .Speaker!.Name.Should().Be("Ivo Marsh");
        new OrganisationSpokespersonSieve().Try(Speaker("Harbour Office spokesman Ivo Marsh said the cranes were old.", Organisation("Harbour Office")))
            .Should().BeNull();
        new OrganisationSpokespersonSieve().Try(Speaker("The rail union's spokesman, Ivo Marsh, said the cranes were old.", spokesman))
            .Should().BeNull();
        new OrganisationSpokespersonSieve().Try(Speaker("Navy spokesman Ivo Marsh said the cranes were old.", spokesman)).Should().BeNull();
    }

    [Fact]
    public void Spokesperson_unnamed_settles_a_described_institutions_spokesperson_as_nobody()
    {
        var resolved = SieveOrder.Resolve(Speaker("The cranes were old.", Organisation("ministry") with { Role = "spokeswoman" }));

        resolved.Resolution.Should().Be(OrganisationSpokespersonUnnamedSieve.Rule);
        resolved.Speaker.Should().BeNull();
        new OrganisationSpokespersonUnnamedSieve().Try(Speaker("The cranes were old.", Organisation("Harbour Office") with { Role = "spokesman" }))
            .Should().BeNull("a named institution speaks itself");
        new OrganisationSpokespersonUnnamedSieve().Try(Speaker("The cranes were old.", Organisation("ministry"))).Should().BeNull();
    }

    [Fact]
    public void Description_takes_the_organisation_the_catalogue_describes()
    {
        new OrganisationDescriptionSieve().Try(Speaker("The cranes were old.", Organisation("union"), Catalogue))!
            .Speaker!.Name.Should().Be("Northern Dockers Union");
        new OrganisationDescriptionSieve().Try(Speaker("The cranes were old.", Organisation("ministry"), Catalogue)).Should().BeNull();
        new OrganisationDescriptionSieve().Try(Speaker("The cranes were old.", Organisation("Harbour Ministry"), Catalogue)).Should().BeNull();
    }

    [Fact]
    public void Earlier_takes_the_organisation_quoted_before_with_that_head()
    {
        var context = Speaker("The cranes were old.", Organisation("ministry"));
        context.Memory.Organisations.Add((1, new ExtractedSpeaker("Harbour Ministry", ActorKind.Organisation, null, null)));

        new OrganisationEarlierSieve().Try(context)!.Speaker!.Name.Should().Be("Harbour Ministry");
        new OrganisationEarlierSieve().Try(Speaker("The cranes were old.", Organisation("ministry"))).Should().BeNull();
    }

    [Fact]
    public void Mentioned_takes_the_organisation_the_article_named_with_that_head()
    {
        var text = "Inspectors from the Transport Ministry visited the docks on Tuesday.";

        new OrganisationMentionedSieve().Try(Speaker(text, Organisation("ministry")))!.Speaker!.Name.Should().Be("Transport Ministry");
        new OrganisationMentionedSieve().Try(Speaker("The cranes were old.", Organisation("ministry"))).Should().BeNull();
    }

    // "the Commission" is itself remembered as an institution: the one it stands for is the longer name before it.
    [Fact]
    public void Mentioned_takes_the_full_name_a_capitalised_head_stands_for()
    {
        var text = "The Harbour Commission met on Tuesday. The Commission then closed the docks.";

        new OrganisationMentionedSieve().Try(Speaker(text, Organisation("Commission")))!.Speaker!.Name.Should().Be("Harbour Commission");
        new OrganisationMentionedSieve().Try(Speaker("The Commission then closed the docks.", Organisation("Commission"))).Should().BeNull();
    }

    // "European Commission" is the catalogue's: "European" opens the name, not a word before it.
    [Fact]
    public void Mentioned_keeps_a_catalogue_names_first_word()
    {
        var catalogue = CompiledCatalogue.Compile(new ExtractionCatalogue(
            [new KnownActor("European Union", ActorKind.Organisation, ["European Commission"])], []));

        new OrganisationMentionedSieve().Try(Speaker("The European Commission met on Tuesday.", Organisation("Commission"), catalogue))!
            .Speaker!.Name.Should().Be("European Commission");
    }

    [Fact]
    public void Described_keeps_a_specific_description_and_unresolved_a_bare_one()
    {
        SieveOrder.Resolve(Speaker("The cranes were old.", Organisation("harbour ministry")))
            .Speaker!.Name.Should().Be("harbour ministry");
        var bare = SieveOrder.Resolve(Speaker("The cranes were old.", Organisation("ministry")));
        bare.Resolution.Should().Be(OrganisationUnresolvedSieve.Rule);
        bare.Speaker.Should().BeNull();
        new OrganisationDescribedSieve().Try(Speaker("The cranes were old.", Organisation("Harbour Ministry"))).Should().BeNull();
    }

    [Fact]
    public void Organisation_takes_a_name_as_written_and_remembers_it()
    {
        var context = Speaker("The cranes were old.", Organisation("Harbour Ministry"));

        SieveOrder.Resolve(context).Resolution.Should().Be(OrganisationSieve.Rule);
        context.Memory.Organisations.Should().ContainSingle().Which.Speaker.Name.Should().Be("Harbour Ministry");
        new OrganisationSieve().Try(Speaker("The cranes were old.", Organisation("ministry"))).Should().BeNull();
    }

    [Fact]
    public void Anonymous_settles_an_unnamed_source_as_nobody()
    {
        var resolved = SieveOrder.Resolve(Speaker("The cranes were old.", Anonymous("one docker")));

        resolved.Resolution.Should().Be(AnonymousSieve.Rule);
        resolved.Speaker.Should().BeNull();
        new AnonymousSieve().Try(Speaker("The cranes were old.", Organisation("Harbour Ministry"))).Should().BeNull();
    }

    [Fact]
    public void Spokesperson_of_a_seat_of_government_is_the_press_secretary_of_its_state()
    {
        var text = "Russian Presidential Press Secretary Ilya Voronin spoke on Monday.\n\nThe talks went on.";

        new OrganisationSpokespersonSieve().Try(Speaker(text, Organisation("Kremlin") with { Role = "Spokesman" }))!
            .Speaker!.Name.Should().Be("Ilya Voronin");
        new OrganisationSpokespersonSieve().Try(Speaker(text, Organisation("Pentagon") with { Role = "Spokesman" })).Should().BeNull();
    }

    [Fact]
    public void A_company_spokesman_is_the_one_spokesperson_the_article_named()
    {
        var one = "Equinor's spokesman, Harald Vik, said the field was shut.\n\nThe field was old.";
        var two = "Equinor's spokesman, Harald Vik, said the field was shut. Gassco spokeswoman Ida Lund said pipes were fine.\n\nThe field was old.";
        SpeakerPhrase Described(string words) => Anonymous(words) with { Role = "Spokesman" };

        new SpokespersonNamedEarlierSieve().Try(Speaker(one, Described("a company spokesman")))!.Speaker!.Name.Should().Be("Harald Vik");
        SieveOrder.Resolve(Speaker(one, Described("a company spokesman"))).Resolution.Should().Be(SpokespersonNamedEarlierSieve.Rule);
        new SpokespersonNamedEarlierSieve().Try(Speaker(two, Described("a company spokesman"))).Should().BeNull("two were named");
        new SpokespersonNamedEarlierSieve().Try(Speaker(one, Described("a company spokeswoman"))).Should().BeNull("Vik is a spokesman");
        new SpokespersonNamedEarlierSieve().Try(Speaker(one, Described("a spokesman"))).Should().BeNull("no institution described");
    }

    [Fact]
    public void A_ministry_spokeswoman_after_another_states_ministry_is_not_the_spokeswoman_named_before()
    {
        var text = "Freedonia's foreign ministry spokeswoman Ada Quist said the ship was on a survey.\n\n"
            + "Norway's foreign ministry has summoned Freedonia's ambassador.\n\nThe talks went on.";
        var described = Anonymous("A ministry spokeswoman") with { Role = "Spokeswoman" };

        new SpokespersonNamedEarlierSieve().Try(Speaker(text, described)).Should().BeNull("a ministry was named after her, and not hers");
    }

    [Fact]
    public void Company_earlier_takes_the_company_named_last_for_the_firm()
    {
        var text = "Athens-based Pelion Shipping said its crew was safe. Later Corvo Motors said its plant was shut. The cranes were old.";

        new CompanyEarlierSieve().Try(Speaker(text, Organisation("firm")))!.Speaker!.Name.Should().Be("Corvo Motors");
        new CompanyEarlierSieve().Try(Speaker("Athens-based Pelion Shipping said its crew was safe. The cranes were old.", Organisation("operator")))!
            .Speaker!.Name.Should().Be("Pelion Shipping", "a place joined to a participle describes the company and is no part of its name");
        new CompanyEarlierSieve().Try(Speaker("Halden Energy said the pipeline was shut. The cranes were old.", Organisation("company")))!
            .Speaker!.Name.Should().Be("Halden Energy", "a sector word ends many companies' names");
    }

    [Fact]
    public void Company_earlier_never_answers_with_a_ministry_an_office_holder_or_a_far_away_name()
    {
        new CompanyEarlierSieve().Try(Speaker("The Energy Ministry said the pipeline was shut. The cranes were old.", Organisation("firm")))
            .Should().BeNull("a ministry is no company");
        new CompanyEarlierSieve().Try(Speaker("Energy Minister Lars Holm said the pipeline was shut. The cranes were old.", Organisation("company")))
            .Should().BeNull();
        new CompanyEarlierSieve().Try(Speaker("Pelion Shipping said its crew was safe. The cranes were old.", Organisation("ministry")))
            .Should().BeNull("only a company's common nouns stand for a company");
        new CompanyEarlierSieve().Try(Speaker("Pelion Shipping said its crew was safe." + string.Concat(Enumerable.Repeat(" The cranes were old.", 160)), Organisation("firm")))
            .Should().BeNull("a company named pages before is no longer the firm");
    }

    // "a department spokesperson" after the article named "the Harbour Department": the body named last with that noun
    // speaks; with no such body named the spokesperson stays unnamed.
    [Theory]
    [InlineData("The Harbour Department said the waiver covered only frozen accounts.\n\n", "Harbour Department")]
    [InlineData("The waiver covered only frozen accounts.\n\n", null)]
    public void An_unnamed_spokesperson_of_a_body_named_before_speaks_for_it(string first, string? speaker)
    {
        var body = first + "Nordvik Ferries announced a new winter timetable for the island route.\n\n“The harbour fund pays for dredging and nothing else,” a department spokesperson told reporters.";

        (Extractor.Single(Extractor.Direct(body), "The harbour fund pays").Speaker?.Name).Should().Be(speaker);
    }
}
