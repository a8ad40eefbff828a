using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Tests.Common;

public sealed class WordDiffTests
{
    private static readonly string[] Words = ["we", "have", "no", "plans", "are", "ready", "to", "deploy", "troops", ",", ".", " ", "  ", "the", "alliance"];

    [Fact]
    public void A_shift_of_line_reads_as_one_removal_then_one_addition()
    {
        var pieces = WordDiff.Between("We have no plans to deploy troops", "We are ready to deploy troops");

        pieces.Should().Equal(
            new DiffPiece("We ", DiffChange.Kept),
            new DiffPiece("have no plans", DiffChange.Removed),
            new DiffPiece("are ready", DiffChange.Added),
            new DiffPiece(" to deploy troops", DiffChange.Kept));
    }

    [Fact]
    public void Words_only_added_are_one_addition_between_kept_words()
    {
        var pieces = WordDiff.Between("We will stay in the Baltic states", "We will stay in the Baltic states for as long as it takes");

        pieces.Should().Equal(
            new DiffPiece("We will stay in the Baltic states", DiffChange.Kept),
            new DiffPiece(" for as long as it takes", DiffChange.Added));
    }

    [Fact]
    public void The_same_text_is_one_kept_piece()
    {
        WordDiff.Between("No change at all.", "No change at all.").Should().Equal(new DiffPiece("No change at all.", DiffChange.Kept));
    }

    [Fact]
    public void Texts_sharing_no_word_are_told_apart_from_texts_sharing_some()
    {
        WordDiff.NothingShared(WordDiff.Between("Gas prices will fall", "Troops stay home")).Should().BeTrue();
        WordDiff.NothingShared(WordDiff.Between("Gas prices will fall", "Gas prices will rise")).Should().BeFalse();
    }

    // Whatever the texts, the kept and removed pieces spell the older one and the kept and added pieces the newer.
    [Property(MaxTest = 300)]
    public Property The_pieces_spell_both_texts_exactly() =>
        Prop.ForAll(Text().ToArbitrary(), Text().ToArbitrary(), (older, newer) =>
        {
            var pieces = WordDiff.Between(older, newer);
            return string.Concat(pieces.Where(p => p.Change != DiffChange.Added).Select(p => p.Text)) == older
                && string.Concat(pieces.Where(p => p.Change != DiffChange.Removed).Select(p => p.Text)) == newer
                && pieces.All(p => p.Text.Length > 0);
        });

    private static Gen<string> Text() => Gen.Elements(Words).ListOf().Select(parts => string.Join(' ', parts));
}
