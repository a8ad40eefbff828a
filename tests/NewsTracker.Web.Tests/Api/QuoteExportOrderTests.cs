using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Api;

// An export follows the sort it is given: by relevance it is the order /api/quotes ranks, not the date order.
public sealed class QuoteExportOrderTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task An_export_sorted_by_relevance_comes_out_best_match_first_not_newest_first()
    {
        // The oldest quote says the word most and is shortest, so bm25 ranks the three in the reverse of their dates.
        var marker = "zr" + TestArticles.Marker();
        await AddAsync(marker, "2021-03-02", $"“{marker}, {marker} and {marker} again: that is all of it,” Sauli Niinistö said on Tuesday.");
        await AddAsync(marker, "2022-03-02", $"“Harbours, railways and schools matter, and so do {marker} and {marker} in the end,” Sauli Niinistö said on Tuesday.");
        await AddAsync(marker, "2023-03-02",
            $"“The long plan covers harbours, railways, grain, budgets, schools, roads, forests, the weather in the north and {marker} once in passing,” Sauli Niinistö said on Tuesday.");
        var client = factory.CreateClient();

        var byDate = Ids(await client.GetStringAsync($"/api/quotes/export?format=csv&q={marker}"));
        var csv = Ids(await client.GetStringAsync($"/api/quotes/export?format=csv&q={marker}&sort=relevance"));
        var json = (await client.GetJsonAsync($"/api/quotes/export?format=json&q={marker}&sort=relevance"))
            .EnumerateArray().Select(i => i.GetProperty("quoteId").GetInt32()).ToList();
        var listed = (await client.GetJsonAsync($"/api/quotes?q={marker}&sort=relevance")).Items().Select(i => i.GetProperty("id").GetInt32()).ToList();

        byDate.Should().HaveCount(3);
        csv.Should().Equal(listed, "the export ranks as the quote list does");
        csv.Should().Equal(Enumerable.Reverse(byDate), "the crafted quotes rank in the reverse of their dates");
        json.Should().Equal(csv);
    }

    [Fact]
    public async Task Relevance_without_search_words_exports_newest_first()
    {
        var client = factory.CreateClient();

        var byDate = Ids(await client.GetStringAsync("/api/quotes/export?format=csv&speaker=jens-stoltenberg"));
        var sorted = Ids(await client.GetStringAsync("/api/quotes/export?format=csv&speaker=jens-stoltenberg&sort=relevance"));

        sorted.Should().NotBeEmpty().And.Equal(byDate);
    }

    private static List<int> Ids(string csv) =>
        QuoteExportTests.Csv(csv).Rows.Select(r => int.Parse(r["quoteId"], CultureInfo.InvariantCulture)).ToList();

    private async Task AddAsync(string marker, string date, string quote)
    {
        var editor = await factory.CreateEditorClientAsync();
        using var response = await editor.PostAsJsonAsync("/api/articles", new
        {
            title = $"Niinistö on the plan, {date} ({marker})",
            outlet = "Reuters",
            url = $"https://example.org/order-{marker}-{date}",
            publishedAt = date,
            body = $"HELSINKI (Reuters) - Finland's president spoke to reporters on Tuesday.\n\n{quote}",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
