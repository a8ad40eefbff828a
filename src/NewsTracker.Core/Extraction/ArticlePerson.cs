namespace NewsTracker.Core.Extraction;

// One person an article names, with what it says about them.
internal sealed class ArticlePerson(string name)
{
    public string Name
    {
        get;
        set
        {
            field = value;
            Surname = value[(value.LastIndexOf(' ') + 1)..];
        }
    } = name;

    public string Surname { get; private set; } = name[(name.LastIndexOf(' ') + 1)..];

    public string? Role { get; set; }

    // The office an appositive gives someone whose role is a rank or title before the name: "Fleet Commander" for
    // "Gen. Piet Smit, the fleet commander,". "the commander" finds its holder by it.
    public string? Post { get; set; }

    // The body an appositive posts them to, as written ("Ivo Marsh, spokesman for the Harbour Support Mission (HSM),"):
    // "the HSM spokesman" is that person. Not an affiliation: no actor is made of it.
    public string? PostedTo { get; set; }

    // "Minister" in "Foreign Minister": a word of the role, whatever its case.
    public bool HasRoleWord(string word) => Role is { } role && role.Split(' ').Contains(word, StringComparer.OrdinalIgnoreCase);

    public string? Affiliation { get; set; }

    public Gender Gender { get; set; }

    public bool FromCatalogue { get; init; }

    // False for a capitalised pair with nothing to show it is a person ("Khan Younis"); such names never
    // take a pronoun, but a speech verb or a title confirms them.
    public bool Confirmed { get; set; } = true;

    public int LastMention { get; set; } = -1;

    // "Oskarsson, 63, told …": the age the article gave, 0 when it gave none.
    public int Age { get; set; }
}

internal readonly record struct MentionOfPerson(int TokenIndex, int Sentence, ArticlePerson Person);
