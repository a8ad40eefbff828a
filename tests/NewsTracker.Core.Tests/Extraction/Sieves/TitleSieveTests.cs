using NewsTracker.Core.Actors;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Sieves;
using static NewsTracker.Core.Tests.Extraction.Sieves.SieveText;

namespace NewsTracker.Core.Tests.Extraction.Sieves;

// The title sieves: holder named earlier, catalogue holder, nearest person, unresolved.
public sealed class TitleSieveTests
{
    private const string Text = "Port director Ada Quist met Captain Tomas Brandt at the docks on Tuesday.\n\nThe cranes were old.";

    [Fact]
    public void Title_holder_takes_the_person_the_article_gave_the_title()
    {
        new TitleHolderSieve().Try(Speaker(Text, Title("director")))!.Speaker!.Name.Should().Be("Ada Quist");
        new TitleHolderSieve().Try(Speaker(Text, Title("captain")))!.Speaker!.Name.Should().Be("Tomas Brandt");
        new TitleHolderSieve().Try(Speaker(Text, Title("admiral"))).Should().BeNull();
    }

    [Fact]
    public void A_title_with_a_country_takes_that_countrys_person_before_a_holder_of_no_known_country()
    {
        var text = "Prime Minister Gabor Nemeth arrived first.\n\nSlovakia's Pavol Hrusko, his closest ally, arrived later.\n\nThe talks went on.";

        new TitleHolderSieve().Try(Speaker(text, Title("prime minister", "Slovakia")))!.Speaker!.Name.Should().Be("Pavol Hrusko");
        new TitleHolderSieve().Try(Speaker(text, Title("prime minister")))!.Speaker!.Name.Should().Be("Gabor Nemeth", "no country given");
        new TitleHolderSieve().Try(Speaker(text, Title("prime minister", "Hungary")))!.Speaker!.Name.Should().Be("Gabor Nemeth",
            "nobody of Hungary was named; the holder of no known country still fits");
    }

    // "The Danish Prime Minister said" is not the Foreign Minister the article named: one head word, another post.
    [Fact]
    public void A_title_is_not_held_by_someone_named_with_another_post_of_the_same_head_word()
    {
        var text = "Foreign Minister Ivo Brand will visit Oslo on Friday.\n\nThe talks went on.";
        var nearest = Speaker(text, Title("prime minister"));
        nearest.Memory.Remember(nearest.Analysis.People.People.Single(p => p.Name == "Ivo Brand"), nearest.Position - 1);

        new TitleHolderSieve().Try(Speaker(text, Title("prime minister"))).Should().BeNull();
        new TitleNearestSieve().Try(nearest).Should().BeNull("the person just named holds another post");
        new TitleHolderSieve().Try(Speaker(text, Title("foreign minister")))!.Speaker!.Name.Should().Be("Ivo Brand");
        new TitleHolderSieve().Try(Speaker(text, Title("minister")))!.Speaker!.Name.Should().Be("Ivo Brand", "a bare head word fits any post");
        new TitleHolderSieve().Try(Speaker("Secretary of State Lena Dahl met him.\n\nThe talks went on.", Title("Secretary State")))!
            .Speaker!.Name.Should().Be("Lena Dahl", "\"of\" links the post's words");
    }

    // A delayed lead: the first paragraph describes the speaker, the second names her, a later "the nominee" is her.
    [Theory]
    [InlineData("the governor's nominee for harbour master told the council on Tuesday.", "Ada Quist, a former pilot who ran the ferry service for a decade, spoke for two hours.", "Ada Quist")]
    [InlineData("Governor Ivo Brand's nominee for harbour master told the council on Tuesday.", "Ada Quist, a former pilot who ran the ferry service for a decade, spoke for two hours.", null)]
    [InlineData("the governor's nominee for harbour master told the council on Tuesday.", "The hearing, which ran for two hours, was the first of three this winter.", null)]
    public void Lead_description_takes_the_person_the_second_paragraph_introduces(string lead, string second, string? speaker)
    {
        var body = "By Tom Field\n\nMarch 3, 2026\n\nHARBOURTOWN — The north quay will need dredging before any large ship can berth there, " + lead
            + "\n\n" + second + "\n\n\u201CThe quays have waited long enough,\u201D the nominee said.";

        var quote = Extractor.Single(Extractor.Direct(body), "The quays have waited");

        if (speaker is null)
        {
            quote.Rule.Should().NotContain(LeadDescriptionSieve.Rule);
        }
        else
        {
            quote.Speaker!.Name.Should().Be(speaker);
            var leadQuote = Extractor.Single(Extractor.Indirect(body), "The north quay will need dredging");
            leadQuote.Speaker!.Name.Should().Be(speaker, "the lead's own source is the person the second paragraph introduces by a former post");
            leadQuote.Rule.Should().EndWith("+" + LeadDescriptionSieve.Rule);
        }
    }

    // The lead names the title, the holder comes paragraphs later: the one person of the article holding that post.
    [Theory]
    [InlineData("Transport Minister Ana Ruiz", "Ana Ruiz")]
    [InlineData("Harbour master Ivo Brand", null)]
    [InlineData("General Ana Ruiz, the transport minister,", "Ana Ruiz")]
    public void A_title_in_the_lead_with_nobody_named_before_is_the_one_holder_named_later(string named, string? speaker)
    {
        var body = "By Oda Lind and Per Holm\n\nHARBOURTOWN — The northern ferry line will reopen in April, the transport minister said on Thursday.\n\n"
            + "The line closed four years ago when its last boat failed an inspection.\n\n"
            + $"\u201CThe ferries will sail again by spring,\u201D {named} told reporters outside the chamber.";

        var quote = Extractor.Single(Extractor.Indirect(body), "The northern ferry line will reopen");

        (quote.Speaker?.Name).Should().Be(speaker);
        if (speaker is not null)
        {
            quote.Rule.Should().EndWith("+" + TitleNamedLaterSieve.Rule);
        }
    }

    // "the Chairman of the Harbour Board" is the post of that body's holder, not a body called "Chairman of the Harbour Board".
    [Fact]
    public void A_title_of_a_named_body_is_its_holders_post()
    {
        var body = "The quay will reopen in May, Chairman of the Harbour Board Ada Quist said on Tuesday.\n\n"
            + "\u201CThe cranes are ready,\u201D the Chairman of the Harbour Board said.";

        var quote = Extractor.Single(Extractor.Direct(body), "The cranes are ready");

        quote.Rule.Should().NotEndWith("+organisation");
        quote.Speaker!.Name.Should().Be("Ada Quist");
    }

    // "the army's commander" in the lead is the general named next; an attorney general commands nothing.
    [Theory]
    [InlineData("Gen. Ana Ruiz", "Ana Ruiz")]
    [InlineData("Attorney General Ana Ruiz", null)]
    public void A_lead_commander_is_the_general_named_next(string named, string? speaker)
    {
        var body = "HARBOURTOWN — The army has cleared the last mines from the northern quay, the army's commander said on Thursday.\n\n"
            + $"\u201CThe quay is safe for the ferries,\u201D {named} told reporters.";

        (Extractor.Single(Extractor.Indirect(body), "The army has cleared").Speaker?.Name).Should().Be(speaker);
    }

    // The holder may be named next without a post but with an appositive before the verb, and a state's post in the lead is
    // as definite as "the".
    [Theory]
    [InlineData("the transport minister", "Ana Ruiz, 58, spoke", "Ana Ruiz")]
    [InlineData("the transport minister", "Ana Ruiz, the ministry's most senior official, spoke", "Ana Ruiz")]
    [InlineData("Freedonia's transport minister", "Ana Ruiz spoke", "Ana Ruiz")]
    [InlineData("the transport minister", "Ana Ruiz, speaking on the radio, spoke", "Ana Ruiz")]
    [InlineData("the transport minister", "Ana Ruiz, a harbour pilot for thirty years, spoke", null)]
    [InlineData("the transport minister", "Ana Ruiz, the harbour master, spoke", null)]
    public void A_lead_title_is_the_person_named_next_who_holds_no_other_post(string title, string next, string? speaker)
    {
        var body = $"HARBOURTOWN — The northern ferry line will reopen in April, {title} said on Thursday.\n\n"
            + $"{next} after the last boat of the old line was towed away for scrap.";

        var quote = Extractor.Single(Extractor.Indirect(body), "The northern ferry line will reopen");

        (quote.Speaker?.Name).Should().Be(speaker);
    }

    // Named next after a long opening clause, the holder still speaks in their sentence; one who only acts there does not.
    [Theory]
    [InlineData("said the boats were being refitted in Gdansk", "Ana Ruiz")]
    [InlineData("inspected the boats being refitted for the line", null)]
    public void A_lead_title_is_the_person_named_next_who_speaks_in_their_sentence(string rest, string? speaker)
    {
        var body = "HARBOURTOWN — The northern ferry line will reopen in April, the transport minister has said. The date, however, is still open.\n\n"
            + $"Speaking on Monday at the yard north of the city where some 70 welders now work, Ana Ruiz {rest}.";

        var quote = Extractor.Single(Extractor.Indirect(body), "The northern ferry line will reopen");

        (quote.Speaker?.Name).Should().Be(speaker);
    }

    [Fact]
    public void A_title_in_the_lead_held_by_two_people_named_later_stays_open()
    {
        var body = "HARBOURTOWN — The northern ferry line will reopen in April, the transport minister said on Thursday.\n\n"
            + "Transport Minister Ana Ruiz and former transport minister Ivo Brand both spoke.\n\n\u201CThe ferries will sail again by spring,\u201D Ruiz told reporters.";

        Extractor.Single(Extractor.Indirect(body), "The northern ferry line will reopen").Speaker.Should().BeNull();
    }

    // A profession may describe the person just named by another profession or by none; an office may not.
    [Theory]
    [InlineData("An energy expert, Ada Quistberg,", "the university professor", "Ada Quistberg")]
    [InlineData("Ada Quistberg", "the university professor", "Ada Quistberg")]
    [InlineData("An energy expert, Ada Quistberg,", "the harbour minister", null)]
    public void A_profession_describes_the_person_just_named(string named, string description, string? speaker)
    {
        var body = $"{named} told the radio that the port had no quick substitute for the ferry.\n\n"
            + $"\u201CGeography does not change with a timetable,\u201D {description} said.";

        (Extractor.Direct(body).Should().ContainSingle().Subject.Speaker?.Name).Should().Be(speaker);
    }

    // With no holder of the post named anywhere, the lead's title is the first person named after it, opening a sentence
    // with no post of their own; someone given another post, or named beside another person, is not.
    [Theory]
    [InlineData("Ana Ruiz defended the timetable", "Ana Ruiz")]
    [InlineData("Ana Ruiz, an economist at the Harbour Institute, doubted the timetable", null)]
    [InlineData("Ana Ruiz and Ivo Brand doubted the timetable", null)]
    public void A_lead_title_nobody_holds_is_the_first_person_named_after_it_with_no_post(string sentence, string? speaker)
    {
        var body = "HARBOURTOWN, Dec 1 – The northern ferry line will reopen in April with two new boats, the transport minister said "
            + "on Thursday.\n\nThe line closed four years ago when its last boat failed an inspection.\n\n"
            + $"{sentence} before the committee, saying the boats would arrive from the yard in March.";

        (Extractor.Single(Extractor.Indirect(body), "The northern ferry line will reopen").Speaker?.Name).Should().Be(speaker);
    }

    // "the head of the state ferry company" describes the body and its top post: the person the article names next as that
    // body's chief executive, director or chairman holds it; someone named next with another kind of post does not.
    [Theory]
    [InlineData("Ivo Brandvik, chief executive of Nordferry,", "Ivo Brandvik")]
    [InlineData("Nordferry chairman Ivo Brandvik", "Ivo Brandvik")]
    [InlineData("Ivo Brandvik, an economist at the Harbour Institute,", null)]
    [InlineData("Commissioner Ivo Brandvik", "Ivo Brandvik")]
    public void The_head_of_a_described_body_in_the_lead_is_the_chief_the_article_names_next(string named, string? speaker)
    {
        var body = "HARBOURTOWN, Dec 1 – The northern ferry line will reopen in April with two new boats, the head of the state ferry company "
            + "said on Thursday.\n\nThe line closed four years ago when its last boat failed an inspection.\n\n"
            + $"{named} told reporters that the boats would arrive from the yard in March.\n\n"
            + "Ada Quistberg, managing director of the harbour board, said the quay was ready.";

        var quote = Extractor.Single(Extractor.Indirect(body), "The northern ferry line will reopen");

        (quote.Speaker?.Name).Should().Be(speaker);
    }

    // Broadcast copy gives the title first and the name with the quotation after it: the person named there for the first
    // time is the holder, unless their own post is another.
    [Theory]
    [InlineData("Tomas Varga said.", "Tomas Varga")]
    [InlineData("said Tomas Varga, an economist at the Harbour Institute.", null)]
    public void A_title_then_a_quotation_by_someone_named_for_the_first_time_is_that_person(string attribution, string? speaker)
    {
        var body = "\u201CThe guarantees will not survive the first winter,\u201D said Marta Horvath, an analyst at the Harbour Institute.\n\n"
            + "Speaking to reporters, Lithuania's foreign minister said the package was far too small for the winter ahead.\n\n"
            + "\u201CEvery month we wait, the other side adapts,\u201D " + attribution;

        (Extractor.Single(Extractor.Indirect(body), "the package was far too small").Speaker?.Name).Should().Be(speaker);
    }

    // Someone known by a profession ("an analyst") is not the minister of the next sentence, however near.
    [Fact]
    public void The_nearest_person_known_by_a_profession_holds_no_title_of_another_word()
    {
        var body = "\u201CThe guarantees will not survive the first winter,\u201D said Marta Horvath, an analyst at the Harbour Institute.\n\n"
            + "Lithuania's foreign minister said the package was far too small for the winter ahead.";

        Extractor.Single(Extractor.Indirect(body), "the package was far too small").Speaker.Should().BeNull();
    }

    // One office is not another: "the governor" is not the planning minister quoted last (titles.json "offices"),
    // unless the phrase names the holder's office as well.
    [Theory]
    [InlineData("Speaking on the occasion, the governor said the province needed far more investment.", null)]
    [InlineData("Speaking on the occasion, the minister, a former governor, said the province needed far more investment.", "Ahsan Rauf")]
    public void The_nearest_person_holding_another_office_is_not_the_holder_of_this_one(string sentence, string? speaker)
    {
        var body = "Federal Minister for Planning Ahsan Rauf said the dam would be finished within two years.\n\n" + sentence;

        (Extractor.Single(Extractor.Indirect(body), "the province needed").Speaker?.Name).Should().Be(speaker);
    }

    // A spokesperson holds an office of her own: "the chief minister" is not the spokeswoman quoted last, and "the
    // spokeswoman" is the spokesperson by any of the word's forms.
    [Theory]
    [InlineData("The chief minister assured dock workers that the harbour would reopen in May.", null)]
    [InlineData("The spokeswoman assured dock workers that the harbour would reopen in May.", "Katrien Vos")]
    public void A_spokesperson_is_no_holder_of_another_office(string sentence, string? speaker)
    {
        var body = "Harbour office spokesperson Katrien Vos said the ferries had run on time all morning.\n\n" + sentence;

        (Extractor.Single(Extractor.Indirect(body), "the harbour would reopen").Speaker?.Name).Should().Be(speaker);
    }

    [Fact]
    public void Catalogue_title_takes_the_one_holder_the_catalogue_knows_for_that_country()
    {
        var catalogue = CompiledCatalogue.Compile(new ExtractionCatalogue(
            [new KnownActor("Oskar Lindqvist", ActorKind.Person, [], "Captain", "Freedonia")], []));

        new CatalogueTitleSieve().Try(Speaker("The cranes were old.", Title("Captain", "Freedonia"), catalogue))!
            .Speaker!.Name.Should().Be("Oskar Lindqvist");
        new CatalogueTitleSieve().Try(Speaker("The cranes were old.", Title("Captain"), catalogue)).Should().BeNull("no country given");
        SieveOrder.Resolve(Speaker("Captain Tomas Brandt spoke to workers.", Title("Captain", "Freedonia"), catalogue))
            .Resolution.Should().Be(TitleHolderSieve.Rule, "the article's own holder comes first");
    }

    // The catalogue files the Commission and the Council under one actor: a holder of the one is no holder of the other,
    // and the holder brought in by the title is "she" or "he" by her first name, not by the pronoun that comes next.
    [Theory]
    [InlineData("European Commission", "she", "Ursula von der Leyen")]
    [InlineData("European Commission", "he", null)]
    [InlineData("European Council", "he", null)]
    public void Catalogue_title_takes_the_holder_of_the_body_named_and_keeps_her_gender(string body, string pronoun, string? speaker)
    {
        var text = $"The president of the {body} told the chamber on Monday that talks with Freedonia would resume in March.\n\n"
            + $"Later, {pronoun} said the door for Marovia was still open.";

        (Extractor.Single(Extractor.Indirect(text), "the door for Marovia").Speaker?.Name).Should().Be(speaker);
    }

    // A capitalised portfolio before the holder's name in apposition is the title, no name of its own (a guard: in an
    // article whose other paragraphs name more people the portfolio had been read as a person).
    [Fact]
    public void A_capitalised_portfolio_before_an_apposed_name_is_part_of_the_title()
    {
        var body = "Freedonia’s Minister for Overseas Territories, Jean Castel, said in Harbourtown the ferries showed ‘the islands are still connected’.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes.Where(q => q.Kind == Core.Quotes.QuoteKind.Direct).ToList(), "the islands are still").Speaker!.Name.Should().Be("Jean Castel");
        result.People.Should().NotContain(p => p.Name == "Overseas Territories");
    }

    // "the expert", "the academic", "the executive" stand for the holder of a post of that kind named before.
    [Theory]
    [InlineData("Ada Quist, a researcher at the Harbour Institute, said the quay was sinking.", "the expert")]
    [InlineData("Ada Quist, a professor at Nordvik University, said the quay was sinking.", "the academic")]
    [InlineData("Nordvik Ports chief executive Ada Quist said the quay was sinking.", "the Freedonian executive")]
    public void A_generic_word_for_a_post_is_its_holder(string first, string generic)
    {
        var body = first + $"\n\n“The cranes will not last another winter,” {generic} said.";

        Extractor.Single(Extractor.Direct(body), "The cranes will not last").Speaker!.Name.Should().Be("Ada Quist");
    }

    // "the officer" stands for a military rank the article gave the holder ("Brigadier General", "Colonel").
    [Theory]
    [InlineData("Brigadier General Tomas Varga")]
    [InlineData("Colonel Tomas Varga")]
    public void The_officer_is_the_holder_of_a_military_rank(string holder)
    {
        var body = $"{holder}, who runs Freedonia's air defence, told the committee that the coastal radar had failed twice this year.\n\n"
            + "“Our radars are older than most of my crews,” the Freedonian officer said.";

        Extractor.Single(Extractor.Direct(body), "Our radars are older").Speaker!.Name.Should().Be("Tomas Varga");
    }

    [Fact]
    public void Title_nearest_takes_the_person_just_quoted_but_not_for_an_anonymous_title()
    {
        var context = Speaker(Text, Title("chancellor"));
        var quist = context.Analysis.People.People.Single(p => p.Name == "Ada Quist");
        quist.Confirmed = true;
        context.Memory.Remember(quist, context.Position - 1);

        new TitleNearestSieve().Try(context)!.Speaker!.Name.Should().Be("Ada Quist");
        new TitleNearestSieve().Try(Speaker(Text, Title("official"))).Should().BeNull();
        new TitleNearestSieve().Try(Speaker("The cranes were old.", Title("chancellor"))).Should().BeNull("nobody was named");
    }

    [Fact]
    public void Title_unresolved_settles_a_title_nothing_ties_to_a_person()
    {
        var resolved = SieveOrder.Resolve(Speaker("The cranes were old.", Title("admiral")));

        resolved.Resolution.Should().Be(TitleUnresolvedSieve.Rule);
        resolved.Speaker.Should().BeNull();
        new TitleUnresolvedSieve().Try(Speaker(Text, Name("Varga"))).Should().BeNull();
    }

    // "the Upper East MP": the one person introduced with that place; nobody when two were, or for a state's adjective.
    [Theory]
    [InlineData("Jon Berg, who represents a seat in the Upper East region, rose first.", "Upper East", "Jon Berg")]
    [InlineData("Jon Berg, who represents a seat in the Upper East region, and Tomas Brandt, also from the Upper East, rose.", "Upper East", null)]
    [InlineData("Jon Berg, who represents a seat in the Upper East region, rose first.", "Lower West", null)]
    [InlineData("Jon Berg, the Norwegian minister, rose first.", "Norwegian", null)]
    [InlineData("Jon Berg, who wrote a paper on the harbour levy with two colleagues at the Ports Institute in Tromsø, rose first.", "Tromsø-based", "Jon Berg")]
    public void Place_holder_takes_the_one_person_introduced_with_the_place(string introduction, string place, string? holder)
    {
        var text = introduction + "\n\nThe " + place + " MP stood up.";
        var analysis = Read(text);
        var start = analysis.Tokens.FindLastIndex(t => t.Is(analysis.Text, "The"));
        var end = analysis.Tokens.FindLastIndex(t => t.Is(analysis.Text, "MP")) + 1;
        var context = new SpeakerContext(analysis, new SpeakerMemory(analysis), SpeakerPhraseParser.Describe(analysis, start, end), analysis.Tokens.Count);

        var found = new PlaceHolderSieve().Try(context);

        (found?.Speaker?.Name).Should().Be(holder);
    }

    // "the Halden executive": a company and a role noun, for the one person introduced with the company; a person only
    // in the headline (no introduction in the body) is passed over, not read past the text's start.
    [Fact]
    public void Place_holder_takes_the_one_person_introduced_with_a_company_and_reads_past_headline_people()
    {
        var body = "Ada Quist, Halden's vice president for ports, told analysts the field was producing well.\n\n"
            + "“We have a deal, not a friendship,” the Halden executive said.";

        var quote = new QuoteExtractor().Extract(body, Extractor.Catalogue, "Jon Berg signs the Halden deal")
            .Quotes.Single(q => q.Text.StartsWith("We have a deal", StringComparison.Ordinal));

        quote.Speaker!.Name.Should().Be("Ada Quist");
        quote.Rule.Should().EndWith(PlaceHolderSieve.Rule);
    }

    // "Halden Minerals' head of lithium, Ada Quist,": the company's whole name is her affiliation, and the title before
    // the comma with its portfolio introduces her, so "the Halden Minerals executive" finds her.
    [Fact]
    public void Place_holder_reads_a_title_with_its_portfolio_in_apposition_and_the_companys_whole_name()
    {
        var body = "Tomas Brandt, the state miner's chairman, said the venture would be signed on Tuesday.\n\n"
            + "Halden Minerals' head of lithium, Ada Quist, said the brine would be returned to the flat.\n\n"
            + "“We are here to prove it can be done with less water,” the Halden Minerals executive said.";

        var result = new QuoteExtractor().Extract(body, Extractor.Catalogue, null);
        var quote = result.Quotes.Single(q => q.Text.StartsWith("We are here", StringComparison.Ordinal));

        quote.Speaker!.Name.Should().Be("Ada Quist");
        quote.Rule.Should().EndWith(PlaceHolderSieve.Rule);
        result.People.Single(p => p.Name == "Ada Quist").Affiliation.Should().Be("Halden Minerals");
    }

    // "Norway's Minister of State for Fisheries (Coastal), Ada Quist,": the title with its bracketed narrowing introduces
    // her, Norway her state, so "the Norwegian minister" is she, not the minister the article quoted before her.
    [Fact]
    public void A_state_s_minister_of_state_in_apposition_answers_for_that_state()
    {
        var body = "Harbour Minister Jon Berg opened the talks on Tuesday and said the quotas were fair.\n\n"
            + "Norway's Minister of State for Fisheries (Coastal), Ada Quist, said the fleet would keep its share.\n\n"
            + "“The boats will not sit idle,” the Norwegian minister said.";

        var result = new QuoteExtractor().Extract(body, Extractor.Catalogue, null);
        var quote = result.Quotes.Single(q => q.Text.StartsWith("The boats will not", StringComparison.Ordinal));

        (quote.Speaker?.Name).Should().Be("Ada Quist");
        result.People.Single(p => p.Name == "Ada Quist").Should().BeEquivalentTo(new { Role = "Minister of State", Affiliation = "Norway" });
    }

    // "Deputy General Manager of Halden Yards, Ivo Marsh,": a company title of two words (titles.json) is a title, so its
    // last word is no person "Manager" for a later "he".
    [Fact]
    public void A_general_manager_s_title_names_no_person_manager()
    {
        var body = "Deputy General Manager of Halden Yards, Ivo Marsh, told reporters the hull was ready.\n\n"
            + "“Our welders stay until the last ship sails,” he said.";

        var result = new QuoteExtractor().Extract(body, Extractor.Catalogue, null);

        (result.Quotes.Single(q => q.Text.StartsWith("Our welders", StringComparison.Ordinal)).Speaker?.Name).Should().Be("Ivo Marsh");
        result.People.Should().NotContain(p => p.Name == "Manager");
    }
}
