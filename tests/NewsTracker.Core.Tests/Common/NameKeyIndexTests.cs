using NewsTracker.Core.Actors;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Sieves;
using NewsTracker.Core.Tests.Extraction;

namespace NewsTracker.Core.Tests.Common;

// The article's people, the catalogue and the registry find a name by its NameKey: one spelling finds another.
public sealed class NameKeyIndexTests
{
    [Fact]
    public void A_surname_without_its_diacritics_finds_the_person_the_article_introduced()
    {
        var quote = Extractor.Direct("Anna Dvořák, the harbour minister, toured the docks on Tuesday.\n\n“The cranes stay,” Dvorak said.").Single();

        quote.Speaker!.Name.Should().Be("Anna Dvořák");
        quote.Rule.Should().EndWith("+" + SurnameSieve.Rule);
    }

    [Fact]
    public void The_catalogue_knows_a_name_in_any_spelling_of_its_key()
    {
        var catalogue = CompiledCatalogue.Compile(new ExtractionCatalogue(
            [new KnownActor("Lars Østergaard", ActorKind.Person, ["Østergaard"]), new KnownActor("Port Authority", ActorKind.Organisation, ["the port authority"])],
            []));

        catalogue.Knows("LARS OSTERGAARD").Should().BeTrue();
        catalogue.Knows("Port Authority").Should().BeTrue();
        catalogue.Knows("Lars Osterberg").Should().BeFalse();
        catalogue.PeopleWithSurname("Ostergaard").Should().ContainSingle().Which.Name.Should().Be("Lars Østergaard");
        catalogue.FindByName("lars ostergaard")!.Name.Should().Be("Lars Østergaard");
    }

    [Fact]
    public void The_registry_directory_finds_an_actor_by_name_and_surname_in_another_spelling()
    {
        var actor = new Actor { Id = 7, Name = "Yasir al-Amin", Slug = "yasir-al-amin", Kind = ActorKind.Person };
        var directory = new ActorDirectory([actor]);

        directory.Find("Yasir Al Amin").Should().ContainSingle().Which.Should().BeSameAs(actor);
        directory.Find("YASIR AL-AMIN").Should().ContainSingle();
        directory.FindPeopleBySurname("Amin").Should().ContainSingle().Which.Should().BeSameAs(actor);
        ActorDirectory.Key("the Kremlin").Should().Be(ActorDirectory.Key("Kremlin"));
    }
}
