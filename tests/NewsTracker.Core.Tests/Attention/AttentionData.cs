using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;
using static NewsTracker.Core.Tests.Infrastructure.ArchiveRows;

namespace NewsTracker.Core.Tests.Attention;

// A small archive for the attention, comparison and matrix tests (sentences of our own):
// Stoltenberg (NATO) in January, February and March 2022 and once undated; Lavrov (Russia) in January and March;
// Blinken (United States) in January; one quote nobody is credited with.
public static class AttentionData
{
    public const string Stoltenberg = "Jens Stoltenberg";
    public const string Lavrov = "Sergei Lavrov";
    public const string Blinken = "Antony Blinken";

    public static async Task AddAsync(NewsDbContext db)
    {
        await AddArticleAsync(db, Day(2022, 1, 10),
            Quote("We will defend every inch of allied territory.", Stoltenberg, actors: ["Russia"], topics: ["troop deployment"]));
        await AddArticleAsync(db, Day(2022, 1, 11),
            Quote("Moscow wants the guarantees in writing.", Lavrov, actors: ["NATO", "United States"], topics: ["security guarantees"]));
        await AddArticleAsync(db, Day(2022, 1, 12),
            Quote("The convoy crossed the border at dawn.", null, actors: ["Ukraine"], topics: ["troop deployment"]));
        await AddArticleAsync(db, Day(2022, 1, 20),
            Quote("He said the allies would keep sending weapons.", Stoltenberg, QuoteKind.Indirect, topics: ["military aid", "troop deployment"]));
        await AddArticleAsync(db, Day(2022, 1, 25),
            Quote("We sent our written answer to Moscow.", Blinken, actors: ["Russia"], topics: ["security guarantees"]));
        await AddArticleAsync(db, Day(2022, 2, 14),
            Quote("The allies met again today.", Stoltenberg));

        // One statement, two reports on the same Saturday: both count.
        await AddArticleAsync(db, Day(2022, 3, 5),
            Quote("The door to membership stays open.", Stoltenberg, topics: ["alliance membership"]));
        await AddArticleAsync(db, Day(2022, 3, 5),
            Quote("The door to membership stays open.", Stoltenberg, topics: ["alliance membership"]));
        await AddArticleAsync(db, Day(2022, 3, 7),
            Quote("He said talks with Washington had stalled.", Lavrov, QuoteKind.Indirect, actors: ["United States"], topics: ["security guarantees"]));
        await AddArticleAsync(db, null,
            Quote("The allies agreed on a new package for Kyiv.", Stoltenberg, actors: ["Ukraine"]));
    }
}
