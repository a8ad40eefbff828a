using NewsTracker.Core.Common;

namespace NewsTracker.Core.Tests.Common;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Jens Stoltenberg", "jens stoltenberg")]
    [InlineData("  JENS   Stoltenberg ", "jens stoltenberg")]
    [InlineData("Antonín Dvořák", "antonin dvorak")]
    [InlineData("Lars Østergaard", "lars ostergaard")]
    [InlineData("Lech Wałęsa", "lech walesa")]
    [InlineData("Johann Strauß", "johann strauss")]
    [InlineData("Nguyễn Thị Hương", "nguyen thi huong")]
    [InlineData("Sean O’Brien", "sean obrien")]
    [InlineData("Sean O'Brien", "sean obrien")]
    [InlineData("Yasir al-Amin", "yasir al amin")]
    [InlineData("U.S. Central Command", "u s central command")]
    [InlineData("NATO’s", "natos")]
    [InlineData("the Kremlin", "kremlin")]
    [InlineData("The Kremlin", "kremlin")]
    [InlineData("the", "the")]
    [InlineData("Αλέξης Τσίπρας", "αλεξης τσιπρας")]
    [InlineData("— , .", "")]
    public void A_name_has_one_key(string name, string key)
    {
        NameKey.Of(name).Should().Be(key);
    }

    [Theory]
    [InlineData("Dvořák", "DVORAK")]
    [InlineData("al-Amin", "Al Amin")]
    [InlineData("O’Neill", "O'Neill")]
    [InlineData("Østergaard", "Ostergaard")]
    [InlineData("the Ministry of Defence", "Ministry of Defence")]
    public void The_comparer_matches_spellings_of_one_name(string written, string other)
    {
        NameKey.Comparer.Equals(written, other).Should().BeTrue();
        NameKey.Comparer.GetHashCode(written).Should().Be(NameKey.Comparer.GetHashCode(other));
    }

    [Theory]
    [InlineData("Dvorak", "Dvorsky")]
    [InlineData("US", "U.S.")]
    [InlineData("Al Amin", "Alamin")]
    public void The_comparer_keeps_different_names_apart(string written, string other)
    {
        NameKey.Comparer.Equals(written, other).Should().BeFalse();
    }

    [Fact]
    public void A_dictionary_keyed_by_name_is_found_by_a_span_of_another_spelling()
    {
        var people = new Dictionary<string, int>(NameKey.Comparer) { ["Dvořák"] = 1 };

        people.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue("the DVORAK said".AsSpan(0, 10), out var found).Should().BeTrue();
        found.Should().Be(1);
    }

    [Fact]
    public void A_long_name_has_the_same_key_as_a_short_one_would()
    {
        var longName = string.Join(' ', Enumerable.Repeat("Østergaard", 40));

        NameKey.Of(longName).Should().Be(string.Join(' ', Enumerable.Repeat("ostergaard", 40)));
        NameKey.Comparer.Equals(longName, longName.ToUpperInvariant()).Should().BeTrue();
    }

    [Fact]
    public void The_last_word_is_the_surname_the_registry_indexes()
    {
        NameKey.LastWord("Yasir al-Amin").Should().Be("amin");
        NameKey.LastWord("Lars Østergaard").Should().Be("ostergaard");
    }
}
