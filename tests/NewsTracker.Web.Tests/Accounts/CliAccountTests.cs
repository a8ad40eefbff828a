using System.Net;
using NewsTracker.Cli;
using NewsTracker.Testing.Engines;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

// The README's first steps: make an account on the command line with the password piped in, make it a
// token, and use that token against the running app.
[SqliteOnly("points the command line at the app's SQLite file")]
public sealed class CliAccountTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task A_token_printed_by_the_cli_is_a_working_bearer_token_for_its_accounts_role()
    {
        factory.CreateClient().Dispose(); // the app has created and migrated its database
        var email = $"{Guid.NewGuid():N}@newsroom.test";

        var added = await CliAsync(["users", "add", "--email", email, "--role", "editor"], "Piped password 2026\n");
        var made = await CliAsync(["users", "token", "--email", email, "--name", "nightly import"]);

        added.Code.Should().Be(0, added.Error);
        made.Code.Should().Be(0, made.Error);
        var token = made.Output.TrimEnd().Split('\n')[^1].Trim();
        var script = factory.CreateTokenClient(token);
        (await script.GetAsync("/api/jobs/retag")).StatusCode.Should().Be(HttpStatusCode.OK);
        var name = "cli topic " + TestArticles.Marker();
        using var created = await script.PostFormAsync("/Topics/New", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Keywords"] = "pipeline" });
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var demoted = await CliAsync(["users", "role", "--email", email, "--role", "analyst"]);
        demoted.Code.Should().Be(0, demoted.Error);
        using var refused = await script.PostAsync("/Topics/New", new FormUrlEncodedContent([new("Input.Name", name + " 2")]));
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden, "a token carries its account's role as it is now");
    }

    private async Task<(int Code, string Output, string Error)> CliAsync(string[] args, string input = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var code = await CliApp.RunAsync([.. args, "--connection", $"Data Source={factory.DatabasePath}"], output, error, reader);
        return (code, output.ToString(), error.ToString());
    }
}
