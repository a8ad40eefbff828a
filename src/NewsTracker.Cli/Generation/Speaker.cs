namespace NewsTracker.Cli.Generation;

// One person the archive quotes. Title stands before the name ("Russian Foreign Minister"); Appositive
// follows it (", an analyst at the …,"). Home is what "his government" becomes in reported speech.
internal sealed record Speaker(string Name, string Surname, bool Female, string? Title, string? Appositive, string? Home)
{
    public string Pronoun => Female ? "she" : "he";

    // The first mention in an article: "NATO Secretary-General Jens Stoltenberg" or "Anna Novak, an analyst at …".
    // A subject takes a closing comma after an appositive ("Anna Novak, an analyst at X, said that …").
    public string FirstMention(bool asSubject) =>
        Title is not null ? Title + " " + Name
        : Appositive is not null ? Name + ", " + Appositive + (asSubject ? "," : string.Empty)
        : Name;
}
