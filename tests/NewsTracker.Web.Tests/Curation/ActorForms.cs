using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Curation;

// The actor forms as an editor fills them in.
internal static class ActorForms
{
    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, string name, string kind = "Organisation", string role = "", string affiliation = "", string aliases = "") =>
        client.PostFormAsync("/Actors/New", Fields(name, kind, role, affiliation, aliases));

    public static Task<HttpResponseMessage> EditAsync(HttpClient client, string slug, string name, string kind = "Organisation", string role = "", string affiliation = "", string aliases = "") =>
        client.PostFormAsync($"/Actors/{slug}/Edit", Fields(name, kind, role, affiliation, aliases));

    public static Task<HttpResponseMessage> MergeAsync(HttpClient client, string slug, string into) =>
        client.PostFormAsync($"/Actors/{slug}/Merge", [new("Input.Into", into)]);

    private static KeyValuePair<string, string>[] Fields(string name, string kind, string role, string affiliation, string aliases) =>
    [
        new("Input.Name", name),
        new("Input.Kind", kind),
        new("Input.Role", role),
        new("Input.Affiliation", affiliation),
        new("Input.Aliases", aliases),
    ];
}
