using NewsTracker.Core.Actors;
using NewsTracker.Core.Archive;
using Npgsql;

namespace NewsTracker.Data.Postgres;

// One batch's rows, in the order foreign keys need: actors, aliases, statements, articles, quotes, links, counts.
// The large stages (statements, shingles, articles, quotes and their links) are one statement each, their rows sent
// as array parameters; the few actors and aliases go one statement per row, in one round trip.
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

    private async Task InsertStatementsAsync(ArchiveBatch batch, CancellationToken ct)
    {
        var statements = batch.NewStatements;
        var ids = await TakeIdsAsync("Statements", statements.Count, ct);
        for (var i = 0; i < statements.Count; i++)
        {
            statements[i].Id = ids[i];
            statements[i].SpeakerId = statements[i].Speaker?.Id ?? statements[i].SpeakerId;
        }

        await ExecuteAsync(
            """
            INSERT INTO "Statements" ("Id", "SpeakerId", "Text", "Fingerprint", "FirstReportedUtc", "ArticleCount")
            SELECT * FROM unnest($1::integer[], $2::integer[], $3::text[], $4::bigint[], $5::timestamptz[], $6::integer[])
            """,
            ct,
            ids,
            statements.Select(s => s.SpeakerId).ToArray(),
            statements.Select(s => s.Text).ToArray(),
            statements.Select(s => s.Fingerprint).ToArray(),
            statements.Select(s => Utc(s.FirstReportedUtc)).ToArray(),
            statements.Select(s => s.ArticleCount).ToArray());
    }

    private Task UpdateStatementsAsync(ArchiveBatch batch, CancellationToken ct)
    {
        var statements = batch.ChangedStatements.ToList();
        foreach (var statement in statements)
        {
            statement.SpeakerId = statement.Speaker?.Id ?? statement.SpeakerId;
        }

        return ExecuteAsync(
            """
            UPDATE "Statements" AS s SET "SpeakerId" = u.speaker, "Text" = u.text, "Fingerprint" = u.fingerprint,
                "FirstReportedUtc" = u.first_reported, "ArticleCount" = u.article_count
            FROM unnest($1::integer[], $2::integer[], $3::text[], $4::bigint[], $5::timestamptz[], $6::integer[])
                AS u(id, speaker, text, fingerprint, first_reported, article_count)
            WHERE s."Id" = u.id
            """,
            ct,
            statements.Select(s => s.Id).ToArray(),
            statements.Select(s => s.SpeakerId).ToArray(),
            statements.Select(s => s.Text).ToArray(),
            statements.Select(s => s.Fingerprint).ToArray(),
            statements.Select(s => Utc(s.FirstReportedUtc)).ToArray(),
            statements.Select(s => s.ArticleCount).ToArray());
    }

    // A statement met again gives its anchors again: the conflict skips what is stored.
    private Task InsertShinglesAsync(ArchiveBatch batch, CancellationToken ct) =>
        ExecuteAsync(
            """
            INSERT INTO "StatementShingles" ("StatementId", "Hash")
            SELECT * FROM unnest($1::integer[], $2::bigint[]) ON CONFLICT DO NOTHING
            """,
            ct,
            batch.Shingles.Select(s => s.Statement.Id).ToArray(),
            batch.Shingles.Select(s => s.Hash).ToArray());

    // A stored article being replaced (an edit, a correction) keeps its row and its AddedUtc.
    private async Task InsertArticlesAsync(ArchiveBatch batch, CancellationToken ct)
    {
        await RunAsync(
            [.. batch.Articles.Where(a => a.Id != 0)],
            _ => """
            UPDATE "Articles" SET "Title" = $1, "Outlet" = $2, "Url" = $3, "Author" = $4, "PublishedUtc" = $5, "ReportedUtc" = $6,
                "RawBody" = $7, "CleanBody" = $8, "ContentHash" = $9, "QuoteCount" = $10, "Version" = $11
            WHERE "Id" = $12
            """,
            article => [article.Title, article.Outlet, article.Url, article.Author, article.PublishedUtc, article.ReportedUtc,
                article.RawBody, article.CleanBody, article.ContentHash, article.QuoteCount, article.Version, article.Id],
            returned: null,
            ct);

        var added = batch.Articles.Where(a => a.Id == 0).ToList();
        var ids = await TakeIdsAsync("Articles", added.Count, ct);
        for (var i = 0; i < added.Count; i++)
        {
            added[i].Id = ids[i];
        }

        await ExecuteAsync(
            """
            INSERT INTO "Articles" ("Id", "Title", "Outlet", "Url", "Author", "PublishedUtc", "AddedUtc", "ReportedUtc",
                "RawBody", "CleanBody", "ContentHash", "QuoteCount", "Version")
            SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[],
                $8::timestamptz[], $9::text[], $10::text[], $11::text[], $12::integer[], $13::integer[])
            """,
            ct,
            ids,
            added.Select(a => a.Title).ToArray(),
            added.Select(a => a.Outlet).ToArray(),
            added.Select(a => a.Url).ToArray(),
            added.Select(a => a.Author).ToArray(),
            added.Select(a => a.PublishedUtc is { } published ? Utc(published) : (DateTime?)null).ToArray(),
            added.Select(a => Utc(a.AddedUtc)).ToArray(),
            added.Select(a => Utc(a.ReportedUtc)).ToArray(),
            added.Select(a => a.RawBody).ToArray(),
            added.Select(a => a.CleanBody).ToArray(),
            added.Select(a => a.ContentHash).ToArray(),
            added.Select(a => a.QuoteCount).ToArray(),
            added.Select(a => a.Version).ToArray());

        var links = batch.Articles.SelectMany(a => a.Topics.Select(t => (Article: a.Id, Topic: t.Id))).ToList();
        await ExecuteAsync(
            """
            INSERT INTO "ArticleTopics" ("ArticlesId", "TopicsId")
            SELECT * FROM unnest($1::integer[], $2::integer[])
            """,
            ct,
            links.Select(l => l.Article).ToArray(),
            links.Select(l => l.Topic).ToArray());
    }

    private async Task InsertQuotesAsync(ArchiveBatch batch, CancellationToken ct)
    {
        var quotes = batch.Articles.SelectMany(a => a.Quotes).ToList();
        // A new quote takes the next id of the identity sequence; a quote found again when its article is replaced keeps its own.
        var ids = await TakeIdsAsync("Quotes", quotes.Count(q => q.Id == 0), ct);
        var next = 0;
        foreach (var quote in quotes)
        {
            if (quote.Id == 0)
            {
                quote.Id = ids[next++];
            }

            quote.ArticleId = quote.Article.Id;
            quote.StatementId = quote.Statement.Id;
            quote.SpeakerId = quote.Speaker?.Id;
        }

        await ExecuteAsync(
            """
            INSERT INTO "Quotes" ("Id", "ArticleId", "StatementId", "Text", "Kind", "SpeakerId", "SpeakerAsWritten", "SourceDescription",
                "SourceAffiliation", "ReportedUtc", "StartOffset", "EndOffset", "Confidence", "AttributionRule")
            SELECT * FROM unnest($1::integer[], $2::integer[], $3::integer[], $4::text[], $5::text[], $6::integer[], $7::text[], $8::text[],
                $9::text[], $10::timestamptz[], $11::integer[], $12::integer[], $13::double precision[], $14::text[])
            """,
            ct,
            quotes.Select(q => q.Id).ToArray(),
            quotes.Select(q => q.ArticleId).ToArray(),
            quotes.Select(q => q.StatementId).ToArray(),
            quotes.Select(q => q.Text).ToArray(),
            quotes.Select(q => q.Kind.ToString()).ToArray(),
            quotes.Select(q => q.SpeakerId).ToArray(),
            quotes.Select(q => q.SpeakerAsWritten).ToArray(),
            quotes.Select(q => q.SourceDescription).ToArray(),
            quotes.Select(q => q.SourceAffiliation).ToArray(),
            quotes.Select(q => Utc(q.ReportedUtc)).ToArray(),
            quotes.Select(q => q.StartOffset).ToArray(),
            quotes.Select(q => q.EndOffset).ToArray(),
            quotes.Select(q => q.Confidence).ToArray(),
            quotes.Select(q => q.AttributionRule).ToArray());

        var actors = quotes.SelectMany(q => q.Actors.Select(a => (Actor: a.Id, Quote: q.Id))).ToList();
        await ExecuteAsync(
            """
            INSERT INTO "QuoteActors" ("ActorsId", "QuotesMentioningId")
            SELECT * FROM unnest($1::integer[], $2::integer[]) ON CONFLICT DO NOTHING
            """,
            ct,
            actors.Select(l => l.Actor).ToArray(),
            actors.Select(l => l.Quote).ToArray());

        var topics = quotes.SelectMany(q => q.Topics.Select(t => (Quote: q.Id, Topic: t.Id))).ToList();
        await ExecuteAsync(
            """
            INSERT INTO "QuoteTopics" ("QuotesId", "TopicsId")
            SELECT * FROM unnest($1::integer[], $2::integer[]) ON CONFLICT DO NOTHING
            """,
            ct,
            topics.Select(l => l.Quote).ToArray(),
            topics.Select(l => l.Topic).ToArray());

        var facets = quotes
            .SelectMany(q => QuoteFacets.Of(q).Select(f => (Kind: (int)f.Kind, f.Id, ReportedUtc: Utc(q.ReportedUtc), Quote: q.Id, Statement: q.StatementId, QuoteKind: (int)q.Kind)))
            .ToList();
        await ExecuteAsync(
            """
            INSERT INTO "QuoteFacets" ("Kind", "FacetId", "ReportedUtc", "QuoteId", "StatementId", "QuoteKind")
            SELECT * FROM unnest($1::integer[], $2::integer[], $3::timestamptz[], $4::integer[], $5::integer[], $6::integer[]) ON CONFLICT DO NOTHING
            """,
            ct,
            facets.Select(f => f.Kind).ToArray(),
            facets.Select(f => f.Id).ToArray(),
            facets.Select(f => f.ReportedUtc).ToArray(),
            facets.Select(f => f.Quote).ToArray(),
            facets.Select(f => f.Statement).ToArray(),
            facets.Select(f => f.QuoteKind).ToArray());
    }

    private async Task AddCountsAsync(ArchiveBatch batch, CancellationToken ct)
    {
        var actors = batch.ActorCounts.ToList();
        await ExecuteAsync(
            """
            UPDATE "Actors" AS a SET "QuoteCount" = a."QuoteCount" + u.spoken, "MentionCount" = a."MentionCount" + u.mentioned
            FROM unnest($1::integer[], $2::integer[], $3::integer[]) AS u(id, spoken, mentioned)
            WHERE a."Id" = u.id
            """,
            ct,
            actors.Select(c => c.Key.Id).ToArray(),
            actors.Select(c => c.Value.Spoken).ToArray(),
            actors.Select(c => c.Value.Mentioned).ToArray());

        var topics = batch.TopicCounts.ToList();
        await ExecuteAsync(
            """
            UPDATE "Topics" AS t SET "QuoteCount" = t."QuoteCount" + u.quotes, "ArticleCount" = t."ArticleCount" + u.articles
            FROM unnest($1::integer[], $2::integer[], $3::integer[]) AS u(id, quotes, articles)
            WHERE t."Id" = u.id
            """,
            ct,
            topics.Select(c => c.Key).ToArray(),
            topics.Select(c => c.Value.Quotes).ToArray(),
            topics.Select(c => c.Value.Articles).ToArray());
    }

    // Ids drawn from the table's identity sequence before the insert, so the batch's objects and the rows
    // pointing at them agree without reading back a RETURNING per row.
    private async Task<int[]> TakeIdsAsync(string table, int count, CancellationToken ct)
    {
        if (count == 0)
        {
            return [];
        }

        await using var command = new NpgsqlCommand(
            $"""SELECT nextval(pg_get_serial_sequence('"{table}"', 'Id'))::integer FROM generate_series(1, $1)""", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var ids = new int[count];
        await using var reader = await command.ExecuteReaderAsync(ct);
        for (var i = 0; await reader.ReadAsync(ct); i++)
        {
            ids[i] = reader.GetInt32(0);
        }

        return ids;
    }

    // One statement for all of a stage's rows: each column travels as one array parameter and unnest turns
    // the arrays back into rows, so a thousand rows cost one parse, one plan and one round trip.
    private async Task ExecuteAsync(string sql, CancellationToken ct, params Array[] columns)
    {
        if (columns[0].Length == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var column in columns)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = column });
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    private static DateTime Utc(DateTime value) => (DateTime)Stored(value);

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
