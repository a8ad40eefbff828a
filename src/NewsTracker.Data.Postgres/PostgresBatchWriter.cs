using NewsTracker.Core.Actors;
using NewsTracker.Core.Archive;
using Npgsql;

namespace NewsTracker.Data.Postgres;

// One batch's rows, in the order foreign keys need: actors, aliases, statements, articles, quotes, links, counts.
// Each stage is one round trip (an NpgsqlBatch of one statement per row); a server across a network answers each
// statement no faster, but a thousand rows no longer wait a thousand times.
internal sealed class PostgresBatchWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    // Statements per round trip: large enough to amortise the trip, small enough to keep one message modest.
    private const int StatementsPerTrip = 1000;

    public async Task WriteAsync(ArchiveBatch batch, CancellationToken ct)
    {
        await InsertActorsAsync(batch, ct);
        await UpdateActorsAsync([.. batch.ChangedActors], ct);
        await InsertAliasesAsync(batch, ct);
        await InsertStatementsAsync(batch, ct);
        await UpdateStatementsAsync(batch, ct);
        await InsertShinglesAsync(batch, ct);
        await InsertArticlesAsync(batch, ct);
        await InsertQuotesAsync(batch, ct);
        await AddCountsAsync(batch, ct);
    }

    private async Task InsertActorsAsync(ArchiveBatch batch, CancellationToken ct)
    {
        await RunAsync(
            batch.NewActors,
            _ => """
                INSERT INTO "Actors" ("Name", "Slug", "Kind", "Role", "AffiliationId", "CreatedUtc", "QuoteCount", "MentionCount")
                VALUES ($1, $2, $3, $4, $5, $6, 0, 0) RETURNING "Id"
                """,
            actor => [actor.Name, actor.Slug, actor.Kind.ToString(), actor.Role, AffiliationId(actor), actor.CreatedUtc],
            (actor, id) => actor.Id = (int)id!,
            ct);

        // An affiliation stored in the same trip as the person naming it had no id yet when the person was bound.
        await UpdateActorsAsync([.. batch.NewActors.Where(a => a.Affiliation is not null && a.AffiliationId is null)], ct);
    }

    private Task UpdateActorsAsync(IReadOnlyList<Actor> actors, CancellationToken ct) =>
        RunAsync(
            actors,
            _ => """UPDATE "Actors" SET "Name" = $1, "Role" = $2, "AffiliationId" = $3 WHERE "Id" = $4""",
            actor =>
            {
                actor.AffiliationId = AffiliationId(actor);
                return [actor.Name, actor.Role, actor.AffiliationId, actor.Id];
            },
            returned: null,
            ct);

    private Task InsertAliasesAsync(ArchiveBatch batch, CancellationToken ct) =>
        RunAsync(
            batch.NewAliases,
            _ => """INSERT INTO "ActorAliases" ("ActorId", "Text") VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING "Id" """,
            alias =>
            {
                alias.ActorId = alias.Actor.Id;
                return [alias.ActorId, alias.Text];
            },
            (alias, id) =>
            {
                if (id is int stored)
                {
                    alias.Id = stored;
                }
            },
            ct);

    private Task InsertStatementsAsync(ArchiveBatch batch, CancellationToken ct) =>
        RunAsync(
            batch.NewStatements,
            _ => """
                INSERT INTO "Statements" ("SpeakerId", "Text", "Fingerprint", "FirstReportedUtc", "ArticleCount")
                VALUES ($1, $2, $3, $4, $5) RETURNING "Id"
                """,
            statement =>
            {
                statement.SpeakerId = statement.Speaker?.Id ?? statement.SpeakerId;
                return [statement.SpeakerId, statement.Text, statement.Fingerprint, statement.FirstReportedUtc, statement.ArticleCount];
            },
            (statement, id) => statement.Id = (int)id!,
            ct);

    private Task UpdateStatementsAsync(ArchiveBatch batch, CancellationToken ct) =>
        RunAsync(
            [.. batch.ChangedStatements],
            _ => """
                UPDATE "Statements" SET "SpeakerId" = $1, "Text" = $2, "Fingerprint" = $3, "FirstReportedUtc" = $4, "ArticleCount" = $5
                WHERE "Id" = $6
                """,
            statement =>
            {
                statement.SpeakerId = statement.Speaker?.Id ?? statement.SpeakerId;
                return [statement.SpeakerId, statement.Text, statement.Fingerprint, statement.FirstReportedUtc, statement.ArticleCount, statement.Id];
            },
            returned: null,
            ct);

    private Task InsertShinglesAsync(ArchiveBatch batch, CancellationToken ct) =>
        RunAsync(
            batch.Shingles,
            _ => """INSERT INTO "StatementShingles" ("StatementId", "Hash") VALUES ($1, $2) ON CONFLICT DO NOTHING""",
            shingle => [shingle.Statement.Id, shingle.Hash],
            returned: null,
            ct);

    // A stored article being replaced (an edit, a correction) keeps its row and its AddedUtc.
    private async Task InsertArticlesAsync(ArchiveBatch batch, CancellationToken ct)
    {
        await RunAsync(
            batch.Articles,
            article => article.Id != 0
                ? """
                  UPDATE "Articles" SET "Title" = $1, "Outlet" = $2, "Url" = $3, "Author" = $4, "PublishedUtc" = $5, "ReportedUtc" = $6,
                      "RawBody" = $7, "CleanBody" = $8, "ContentHash" = $9, "QuoteCount" = $10, "Version" = $11
                  WHERE "Id" = $12 RETURNING "Id"
                  """
                : """
                  INSERT INTO "Articles" ("Title", "Outlet", "Url", "Author", "PublishedUtc", "AddedUtc", "ReportedUtc",
                      "RawBody", "CleanBody", "ContentHash", "QuoteCount", "Version")
                  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING "Id"
                  """,
            article => article.Id != 0
                ? [article.Title, article.Outlet, article.Url, article.Author, article.PublishedUtc, article.ReportedUtc,
                    article.RawBody, article.CleanBody, article.ContentHash, article.QuoteCount, article.Version, article.Id]
                : [article.Title, article.Outlet, article.Url, article.Author, article.PublishedUtc, article.AddedUtc,
                    article.ReportedUtc, article.RawBody, article.CleanBody, article.ContentHash, article.QuoteCount, article.Version],
            (article, id) => article.Id = (int)id!,
            ct);

        await RunAsync(
            [.. batch.Articles.SelectMany(a => a.Topics.Select(t => (Article: a, Topic: t)))],
            _ => """INSERT INTO "ArticleTopics" ("ArticlesId", "TopicsId") VALUES ($1, $2)""",
            link => [link.Article.Id, link.Topic.Id],
            returned: null,
            ct);
    }

    private async Task InsertQuotesAsync(ArchiveBatch batch, CancellationToken ct)
    {
        var quotes = batch.Articles.SelectMany(a => a.Quotes).ToList();
        // A new quote gets its id from the identity column; a quote found again when its article is replaced keeps its own.
        await RunAsync(
            quotes,
            quote => quote.Id == 0
                ? """
                  INSERT INTO "Quotes" ("ArticleId", "StatementId", "Text", "Kind", "SpeakerId", "SpeakerAsWritten", "SourceDescription",
                      "SourceAffiliation", "ReportedUtc", "StartOffset", "EndOffset", "Confidence", "AttributionRule")
                  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING "Id"
                  """
                : """
                  INSERT INTO "Quotes" ("ArticleId", "StatementId", "Text", "Kind", "SpeakerId", "SpeakerAsWritten", "SourceDescription",
                      "SourceAffiliation", "ReportedUtc", "StartOffset", "EndOffset", "Confidence", "AttributionRule", "Id")
                  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING "Id"
                  """,
            quote =>
            {
                quote.ArticleId = quote.Article.Id;
                quote.StatementId = quote.Statement.Id;
                quote.SpeakerId = quote.Speaker?.Id;
                object?[] values = [quote.ArticleId, quote.StatementId, quote.Text, quote.Kind.ToString(), quote.SpeakerId, quote.SpeakerAsWritten,
                    quote.SourceDescription, quote.SourceAffiliation, quote.ReportedUtc, quote.StartOffset, quote.EndOffset, quote.Confidence,
                    quote.AttributionRule];
                return quote.Id == 0 ? values : [.. values, quote.Id];
            },
            (quote, id) => quote.Id = (int)id!,
            ct);

        await RunAsync(
            [.. quotes.SelectMany(q => q.Actors.Select(a => (Actor: a.Id, Quote: q.Id)))],
            _ => """INSERT INTO "QuoteActors" ("ActorsId", "QuotesMentioningId") VALUES ($1, $2) ON CONFLICT DO NOTHING""",
            link => [link.Actor, link.Quote],
            returned: null,
            ct);
        await RunAsync(
            [.. quotes.SelectMany(q => q.Topics.Select(t => (Quote: q.Id, Topic: t.Id)))],
            _ => """INSERT INTO "QuoteTopics" ("QuotesId", "TopicsId") VALUES ($1, $2) ON CONFLICT DO NOTHING""",
            link => [link.Quote, link.Topic],
            returned: null,
            ct);
        await RunAsync(
            [.. quotes.SelectMany(q => QuoteFacets.Of(q).Select(f => (f.Kind, f.Id, q.ReportedUtc, Quote: q.Id)))],
            _ => """INSERT INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId") VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING""",
            facet => [(int)facet.Kind, facet.Id, facet.ReportedUtc, facet.Quote],
            returned: null,
            ct);
    }

    private async Task AddCountsAsync(ArchiveBatch batch, CancellationToken ct)
    {
        await RunAsync(
            [.. batch.ActorCounts],
            _ => """UPDATE "Actors" SET "QuoteCount" = "QuoteCount" + $1, "MentionCount" = "MentionCount" + $2 WHERE "Id" = $3""",
            count => [count.Value.Spoken, count.Value.Mentioned, count.Key.Id],
            returned: null,
            ct);
        await RunAsync(
            [.. batch.TopicCounts],
            _ => """UPDATE "Topics" SET "QuoteCount" = "QuoteCount" + $1, "ArticleCount" = "ArticleCount" + $2 WHERE "Id" = $3""",
            count => [count.Value.Quotes, count.Value.Articles, count.Key],
            returned: null,
            ct);
    }

    private static int? AffiliationId(Actor actor) =>
        actor.Affiliation is { Id: not 0 } affiliation ? affiliation.Id : actor.AffiliationId;

    // One statement per row, StatementsPerTrip to a round trip. Values are bound when the row is (so a row can
    // use ids the previous stage returned); returned gets the value of a statement's RETURNING, or null when the
    // statement returned no row (a conflict it skipped).
    private async Task RunAsync<TRow>(
        IReadOnlyList<TRow> rows, Func<TRow, string> sql, Func<TRow, object?[]> values, Action<TRow, object?>? returned, CancellationToken ct)
    {
        for (var start = 0; start < rows.Count; start += StatementsPerTrip)
        {
            var chunk = rows.Skip(start).Take(StatementsPerTrip).ToList();
            await using var trip = new NpgsqlBatch(connection, transaction);
            foreach (var row in chunk)
            {
                var command = new NpgsqlBatchCommand(sql(row));
                foreach (var value in values(row))
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = Stored(value) });
                }

                trip.BatchCommands.Add(command);
            }

            if (returned is null)
            {
                await trip.ExecuteNonQueryAsync(ct);
                continue;
            }

            await using var reader = await trip.ExecuteReaderAsync(ct);
            var i = 0;
            do
            {
                returned(chunk[i++], await reader.ReadAsync(ct) ? reader.GetValue(0) : null);
            }
            while (await reader.NextResultAsync(ct));
        }
    }

    // timestamptz takes only UTC DateTimes; every time the archive holds is UTC, whatever kind it arrived with.
    private static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        DateTime { Kind: DateTimeKind.Unspecified } unspecified => DateTime.SpecifyKind(unspecified, DateTimeKind.Utc),
        _ => value,
    };
}
