namespace NewsTracker.Web.Tests.Infrastructure;

// Small wire-style articles with quotes the extractor attributes; a marker makes each one unique
// so tests sharing one database never trip the duplicate check by accident.
public static class TestArticles
{
    public const string SeedTroopsQuote = "We have no plans to deploy NATO combat troops to Ukraine";

    // Letters only: a hex marker such as "3e5f1a2b" is a number in scientific notation to PostgreSQL's parser, which
    // once made a search fail now and then on a random marker (HyphenatedSearchTests covers that case on purpose);
    // eight random letters are one plain word on both engines every time.
    public static string Marker() => string.Concat(Random.Shared.GetItems("abcdefghijklmnopqrstuvwxyz".AsSpan(), 8));

    public static string Body(string marker) =>
        $"""
        HELSINKI (Reuters) - Finnish President Sauli Niinistö said on Tuesday that the country would settle its security policy within weeks, in talks numbered {marker}.

        “We are ready to take this decision together with our parliament, and we will take it without delay,” Niinistö told reporters in Helsinki.

        He added that pressure from Moscow would not change the outcome. “Our security is our own choice and nobody else decides it for us,” he said.
        """;

    public static Dictionary<string, string> Form(string marker, string? url = null) => new()
    {
        ["Input.Title"] = $"Finland will decide on its security policy soon, says Niinistö ({marker})",
        ["Input.Outlet"] = "Reuters",
        ["Input.Url"] = url ?? $"https://example.org/world/finland-security-{marker}",
        ["Input.Author"] = "Anne Kauranen",
        ["Input.PublishedOn"] = "2022-04-13",
        ["Input.Body"] = Body(marker),
    };
}
